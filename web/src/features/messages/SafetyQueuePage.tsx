import { useState } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  listFlaggedMessages,
  listMessages,
  listSafetyReports,
  resolveMessageFlag,
  resolveSafetyReport,
  type FlaggedMessage,
  type SafetyReport,
} from '../../api';
import { useCurrentUser } from '../../auth/session';
import { FormDialog } from '../../components/FormDialog';
import { ListFooter } from '../../components/ListFooter';
import { RestrictedPage } from '../../components/RestrictedPage';
import { TextInputField } from '../../components/fields/TextInputField';
import { formatDateTime } from '../../lib/format';
import { useLiveRefetchInterval } from '../../lib/live_events';
import { queryKeys } from '../../lib/query_keys';
import { hasRole } from '../../lib/roles';
import { useOrganisationName } from '../../lib/use_organisation_name';
import { usePagedList } from '../../lib/use_paged_list';

/** A resolution with a note, in a dialog. */
function ResolveDialog({ label, accessibleLabel, onResolve }: { label: string; accessibleLabel: string; onResolve: (note: string) => Promise<unknown> }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [note, setNote] = useState('');
  const resolve = useMutation({
    mutationFn: () => onResolve(note),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['safety'] }),
  });
  return (
    <FormDialog
      opener={{ label, accessibleLabel, tone: 'secondary', size: 'small' }}
      title={t('safety.resolveTitle')}
      submitLabel={t('safety.resolve')}
      submission={resolve}
      onSubmit={(close) => resolve.mutate(undefined, { onSuccess: close })}
      onClosed={() => setNote('')}
    >
      <TextInputField label={t('safety.note')} value={note} onChange={setNote} multiline rows={3} maxLength={2000} />
    </FormDialog>
  );
}

/** A youth thread as its coordinator reads it (oldest first), loaded when opened. */
function ThreadDisclosure({ org, item }: { org: string; item: FlaggedMessage }) {
  const { t, i18n } = useTranslation();
  const th = item.thread;
  const [open, setOpen] = useState(false);
  const list = useQuery({
    queryKey: [...queryKeys.messages(org, item.relationship_id), 'review'],
    queryFn: () => listMessages(org, item.relationship_id, { limit: 100 }),
    enabled: open,
  });
  return (
    <details className="disclosure" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{t('safety.readThread')}</summary>
      {list.data && (
        <ol className="plain-list message-list" aria-label={t('safety.threadOf', { mentee: th.mentee_name, mentor: th.mentor_name })}>
          {[...list.data.items].reverse().map((m) => (
            <li key={m.id} className="message">
              <div className="message__meta">
                <span className="message__author">{m.author_side === 'mentor' ? th.mentor_name : th.mentee_name}</span>{' '}
                <time className="muted" dateTime={m.created_at}>
                  {formatDateTime(m.created_at, i18n.language)}
                </time>
              </div>
              <p className="message__body">{m.body}</p>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}

function FlagItem({ org, item }: { org: string; item: FlaggedMessage }) {
  const { t, i18n } = useTranslation();
  const th = item.thread;
  const author = item.author_side === 'mentor' ? th.mentor_name : th.mentee_name;
  return (
    <li className="stack-list__item">
      <div className="stack-list__main">
        <span className="stack-list__title">
          {t('safety.flagFrom', { author, mentee: th.mentee_name, mentor: th.mentor_name })}
        </span>
        <span className="muted">
          {th.program_name} · {formatDateTime(item.created_at, i18n.language)}
        </span>
        <p className="message__body">{item.body}</p>
        <span>{item.flag.reasons.map((x) => t(`messages.flagReasons.${x}`)).join(', ')}</span>
        <ThreadDisclosure org={org} item={item} />
      </div>
      <div className="stack-list__actions">
        <ResolveDialog
          label={t('safety.resolve')}
          accessibleLabel={t('safety.resolveFlagNamed', { mentee: th.mentee_name })}
          onResolve={(note) => resolveMessageFlag(org, item.relationship_id, item.id, note)}
        />
      </div>
    </li>
  );
}

function ReportItem({ org, item }: { org: string; item: SafetyReport }) {
  const { t, i18n } = useTranslation();
  const th = item.thread;
  return (
    <li className="stack-list__item">
      <div className="stack-list__main">
        <span className="stack-list__title">
          {t(`safety.reportKind.${item.kind}`, { name: item.reporter_name, mentee: th.mentee_name, mentor: th.mentor_name })}
        </span>
        <span className="muted">
          {th.program_name} · {formatDateTime(item.created_at, i18n.language)} · {t(`messages.reasons.${item.reason}`)}
        </span>
        {item.text && <p className="message__body">{item.text}</p>}
        {item.kind === 'unsafe' && <span>{t('safety.pausedHelp')}</span>}
      </div>
      <div className="stack-list__actions">
        <ResolveDialog
          label={t('safety.resolve')}
          accessibleLabel={t('safety.resolveReportNamed', { name: item.reporter_name })}
          onResolve={(note) => resolveSafetyReport(org, item.id, note)}
        />
      </div>
    </li>
  );
}

/** /orgs/:org/safety — the coordinators' queue: flagged youth messages and open reports. */
export function SafetyQueuePage() {
  const { t } = useTranslation();
  const { org = '' } = useParams();
  const user = useCurrentUser();
  const orgName = useOrganisationName(org);
  const interval = useLiveRefetchInterval();
  const flags = usePagedList({ queryKey: queryKeys.flaggedMessages(org), load: (p) => listFlaggedMessages(org, p), refetchInterval: interval });
  const reports = usePagedList({ queryKey: queryKeys.safetyReports(org), load: (p) => listSafetyReports(org, p), refetchInterval: interval });
  return (
    <RestrictedPage allowed={hasRole(user, org, 'coordinator')} eyebrow={orgName} title={t('safety.title')} lead={t('safety.lead')}>
      <section className="card" aria-labelledby="safety-reports">
        <h2 id="safety-reports" className="section-title">
          {t('safety.reports')}
        </h2>
        {reports.items.length === 0 ? (
          <p className="muted">{reports.isPending ? t('common.loading') : t('safety.noReports')}</p>
        ) : (
          <ul className="stack-list" aria-labelledby="safety-reports">
            {reports.items.map((x) => (
              <ReportItem key={x.id} org={org} item={x} />
            ))}
          </ul>
        )}
        <ListFooter list={reports} />
      </section>
      <section className="card" aria-labelledby="safety-flags">
        <h2 id="safety-flags" className="section-title">
          {t('safety.flags')}
        </h2>
        {flags.items.length === 0 ? (
          <p className="muted">{flags.isPending ? t('common.loading') : t('safety.noFlags')}</p>
        ) : (
          <ul className="stack-list" aria-labelledby="safety-flags">
            {flags.items.map((x) => (
              <FlagItem key={x.id} org={org} item={x} />
            ))}
          </ul>
        )}
        <ListFooter list={flags} />
      </section>
    </RestrictedPage>
  );
}
