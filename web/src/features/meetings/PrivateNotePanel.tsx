import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getMyMeetingNote, saveMyMeetingNote, type Meeting } from '../../api';
import type { Relationship } from '../../api_types';
import { InlineError } from '../../components/ErrorAlert';
import { TextInputField } from '../../components/fields/TextInputField';
import { queryKeys } from '../../lib/query_keys';

const MAX_NOTES = 20000;

/** The viewer's own private notes on a meeting, read only when opened; nobody else reads them. */
export function PrivateNotePanel({ relationship: r, meeting: m }: { relationship: Relationship; meeting: Meeting }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const client = useQueryClient();
  const key = queryKeys.meetingNote(r.organisation_id, r.id, m.id);
  const note = useQuery({ queryKey: key, queryFn: () => getMyMeetingNote(r.organisation_id, r.id, m.id), enabled: open });
  const [text, setText] = useState('');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (note.data) setText(note.data.text);
  }, [note.data]);
  const save = useMutation({
    mutationFn: () => saveMyMeetingNote(r.organisation_id, r.id, m.id, text),
    onSuccess: (data) => {
      client.setQueryData(key, data);
      setSaved(true);
    },
  });
  return (
    <details className="disclosure" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{t('meetings.privateNotes')}</summary>
      {open && (
        <form
          className="form"
          aria-label={t('meetings.privateNotes')}
          onSubmit={(e) => {
            e.preventDefault();
            setSaved(false);
            save.mutate();
          }}
        >
          <TextInputField
            label={t('meetings.privateNotesLabel')}
            description={t('meetings.privateNotesHelp')}
            value={text}
            onChange={(v) => {
              setText(v);
              setSaved(false);
            }}
            multiline
            rows={3}
            maxLength={MAX_NOTES}
          />
          <InlineError error={note.error ?? save.error} />
          <div className="meeting-actions">
            <Button type="submit" className="button button--secondary button--small" isDisabled={save.isPending || note.isPending}>
              {t('meetings.savePrivateNotes')}
            </Button>
            {saved && <span role="status">{t('meetings.privateNotesSaved')}</span>}
          </div>
        </form>
      )}
    </details>
  );
}
