import { useEffect, useRef, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { feelUnsafe, getThread, listMessages, markThreadRead, sendMessage, type Message, type Thread } from '../../api';
import type { Relationship } from '../../api_types';
import { ConfirmButton } from '../../components/ConfirmButton';
import { InlineError } from '../../components/ErrorAlert';
import { ListFooter } from '../../components/ListFooter';
import { TextInputField } from '../../components/fields/TextInputField';
import { useLiveRefetchInterval } from '../../lib/live_events';
import { queryKeys } from '../../lib/query_keys';
import { usePagedList } from '../../lib/use_paged_list';
import { MessageItem } from './MessageItem';
import { ReportDialog } from './ReportDialog';

const MAX_CHARS = 4000;

/** The id of the first message after the reader's marker that someone else wrote, if any. */
export function firstUnreadId(newestFirst: Message[], readMessageId: string | null | undefined): string | undefined {
  let first: string | undefined;
  for (const m of newestFirst) {
    if (m.id === readMessageId) break;
    if (!m.mine) first = m.id;
  }
  return readMessageId || first ? first : undefined;
}

/**
 * A relationship's messages in its workspace: the conversation (oldest at the top, earlier pages
 * on demand), a "New" marker where the reader left off, the composer, and the safety actions
 * (report a message or a concern; the mentee's "I feel unsafe"). Youth programs say that the
 * coordinators can read the thread. Live: the stream refreshes it; without a stream it polls.
 */
export function RelationshipMessagesPanel({ relationship: r }: { relationship: Relationship }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const interval = useLiveRefetchInterval();
  const thread = useQuery({
    queryKey: queryKeys.thread(r.organisation_id, r.id),
    queryFn: () => getThread(r.organisation_id, r.id),
    refetchInterval: interval,
  });
  const list = usePagedList({
    queryKey: queryKeys.messages(r.organisation_id, r.id),
    load: (page) => listMessages(r.organisation_id, r.id, page),
    refetchInterval: interval,
  });
  const [draft, setDraft] = useState('');
  // Where the reader had left off when the panel opened: the "New" marker stays there.
  const [markerAtOpen, setMarkerAtOpen] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    if (markerAtOpen === undefined && thread.data) setMarkerAtOpen(thread.data.read_message_id ?? null);
  }, [thread.data, markerAtOpen]);
  const refresh = () => void client.invalidateQueries({ queryKey: queryKeys.messages(r.organisation_id, r.id) });

  // Seen on screen: the newest message moves the pair's read marker (never back).
  const newest = list.items[0];
  const marked = useRef<string | undefined>(undefined);
  const isPair = thread.data?.viewer_side != null;
  useEffect(() => {
    if (!newest || !isPair || marked.current === newest.id || thread.data?.read_message_id === newest.id) return;
    marked.current = newest.id;
    void markThreadRead(r.organisation_id, r.id, newest.id).then((t: Thread) => {
      client.setQueryData(queryKeys.thread(r.organisation_id, r.id), t);
      void client.invalidateQueries({ queryKey: queryKeys.unread() });
    });
  }, [newest, isPair, thread.data?.read_message_id, r.organisation_id, r.id, client]);

  const send = useMutation({
    mutationFn: () => sendMessage(r.organisation_id, r.id, draft),
    onSuccess: () => {
      setDraft('');
      refresh();
    },
  });
  const unsafe = useMutation({
    mutationFn: () => feelUnsafe(r.organisation_id, r.id, ''),
    onSuccess: () => {
      refresh();
      void client.invalidateQueries({ queryKey: queryKeys.myRelationships() });
    },
  });

  const th = thread.data;
  const newId = firstUnreadId(list.items, markerAtOpen);
  const oldestFirst = [...list.items].reverse();
  const tooLong = draft.length > MAX_CHARS;
  return (
    <section className="messages-panel" aria-label={t('messages.panelLabel')}>
      <h3 className="subsection-title">{t('messages.panelLabel')}</h3>
      {th?.overseen && (
        <p className="alert alert--info" role="note">
          {t('messages.overseen')}
        </p>
      )}
      <ListFooter list={list} />
      {oldestFirst.length === 0 ? (
        <p className="muted">{list.isPending ? t('common.loading') : t('messages.none')}</p>
      ) : (
        <ol className="plain-list message-list" aria-label={t('messages.conversation')} aria-live="polite">
          {oldestFirst.map((m) => (
            <MessageWithMarker key={m.id} isNew={m.id === newId}>
              <MessageItem relationship={r} message={m} canReport={Boolean(th?.can_report)} />
            </MessageWithMarker>
          ))}
        </ol>
      )}
      {th?.can_write ? (
        <Form
          className="message-composer"
          onSubmit={(e) => {
            e.preventDefault();
            if (draft.trim() && !tooLong) send.mutate();
          }}
        >
          <TextInputField
            label={t('messages.composerLabel')}
            value={draft}
            onChange={setDraft}
            multiline
            rows={3}
            error={tooLong ? t('messages.tooLong', { max: MAX_CHARS }) : undefined}
          />
          <Button type="submit" className="button button--primary button--small" isDisabled={send.isPending || !draft.trim() || tooLong}>
            {t('messages.send')}
          </Button>
          <InlineError error={send.error} />
        </Form>
      ) : (
        th && th.viewer_side != null && <p className="muted">{t(`messages.closed.${th.relationship_status === 'paused' ? 'paused' : 'other'}`)}</p>
      )}
      {th?.can_report && (
        <div className="messages-panel__safety">
          <ReportDialog relationship={r} />
          {th.can_feel_unsafe && (
            <ConfirmButton
              label={t('messages.unsafe')}
              title={t('messages.unsafeTitle')}
              body={t('messages.unsafeBody')}
              confirmLabel={t('messages.unsafeConfirm')}
              isPending={unsafe.isPending}
              onConfirm={() => unsafe.mutate()}
            />
          )}
          {unsafe.isSuccess && (
            <p role="status" className="alert alert--success">
              {t('messages.unsafeDone')}
            </p>
          )}
          <InlineError error={unsafe.error} />
        </div>
      )}
    </section>
  );
}

function MessageWithMarker({ isNew, children }: { isNew: boolean; children: React.ReactNode }) {
  const { t } = useTranslation();
  if (!isNew) return <>{children}</>;
  return (
    <>
      <li className="message-list__new">{t('messages.newMarker')}</li>
      {children}
    </>
  );
}
