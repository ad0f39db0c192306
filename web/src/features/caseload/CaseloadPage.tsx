import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import {
  assignRelationshipManager,
  getCaseload,
  listMembers,
  listPulseAnswers,
  logCheckin,
  type Caseload,
  type CaseloadEntry,
  type HealthStatus,
} from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { ListFooter } from '../../components/ListFooter';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { Badge } from '../../components/StatusBadge';
import { SelectField } from '../../components/fields/SelectField';
import { queryKeys } from '../../lib/query_keys';
import { usePagedList } from '../../lib/use_paged_list';
import { CheckinForm } from './CheckinForm';
import { HEALTH_TONE, healthReasonText } from './health_text';

const STATUSES: readonly HealthStatus[] = ['at_risk', 'needs_checkin', 'on_track'];
const NO_MANAGER = 'none';

type Coordinator = { id: string; name: string };

/** The organisation's coordinators, who can manage relationships. */
function useCoordinators(org: string) {
  return useQuery({
    queryKey: queryKeys.caseloadManagers(org),
    queryFn: async (): Promise<Coordinator[]> =>
      (await listMembers(org, { role: 'coordinator' }, { limit: 200 })).items.map((m) => ({ id: m.person_id, name: m.name })),
  });
}

/** Hands the pair to another coordinator (audited; the new manager is notified). */
function Reassign({ org, entry, pair, manager, coordinators }: { org: string; entry: CaseloadEntry; pair: string; manager: string; coordinators: Coordinator[] }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const assign = useMutation({
    mutationFn: (id: string) => assignRelationshipManager(org, entry.relationship_id, id),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.caseloadOf(org) }),
  });
  if (coordinators.length === 0) return null;
  return (
    <SelectField
      className="caseload__reassign"
      label={t('caseload.managerOf', { pair })}
      value={manager || NO_MANAGER}
      onChange={(id) => {
        if (id !== NO_MANAGER) assign.mutate(id);
      }}
      options={[
        ...(manager ? [] : [{ value: NO_MANAGER, label: t('caseload.nobody') }]),
        ...coordinators.map((c) => ({ value: c.id, label: c.name })),
      ]}
    />
  );
}

/** The pair's answered pulse surveys, with the comments the survey says coordinators read. */
function PulseAnswers({ org, relationship, pair }: { org: string; relationship: string; pair: string }) {
  const { t } = useTranslation();
  const answers = useQuery({
    queryKey: queryKeys.pulseAnswers(org, relationship),
    queryFn: () => listPulseAnswers(org, relationship),
  });
  if (answers.isPending) return <LoadingState />;
  if (answers.isError) return <ErrorState error={answers.error} onRetry={() => void answers.refetch()} />;
  if (answers.data.items.length === 0) return <p className="muted">{t('caseload.answers.none')}</p>;
  return (
    <ul className="caseload__answers" aria-label={t('caseload.answers.of', { pair })}>
      {answers.data.items.map((a) => (
        <li key={a.id}>
          {t('caseload.answers.line', {
            side: t(`caseload.answers.side.${a.side}`),
            rating: a.rating,
            met: a.met_since ? t('caseload.answers.met') : t('caseload.answers.notMet'),
          })}
          {a.comment && <q className="caseload__comment">{a.comment}</q>}
        </li>
      ))}
    </ul>
  );
}

function CaseloadItem({
  org,
  entry,
  manager,
  coordinators,
}: {
  org: string;
  entry: CaseloadEntry;
  manager: string;
  coordinators: Coordinator[];
}) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [logging, setLogging] = useState(false);
  const [logged, setLogged] = useState(false);
  const [showAnswers, setShowAnswers] = useState(false);
  const log = useMutation({
    mutationFn: (input: Parameters<typeof logCheckin>[2]) => logCheckin(org, entry.relationship_id, input),
    onSuccess: async () => {
      setLogging(false);
      setLogged(true);
      await client.invalidateQueries({ queryKey: queryKeys.caseloadOf(org) });
    },
  });
  const pair = t('caseload.pair', { mentee: entry.mentee_name, mentor: entry.mentor_name });
  const date = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));
  return (
    <li className="stack-list__item caseload__item">
      <div className="stack-list__main">
        <h2 className="stack-list__title caseload__pair">
          {pair} <Badge tone={HEALTH_TONE[entry.health]}>{t(`caseload.status.${entry.health}`)}</Badge>
        </h2>
        <p className="muted">{entry.program_name}</p>
        <ul className="caseload__reasons" aria-label={t('caseload.reasonsOf', { pair })}>
          {entry.reasons.map((r) => (
            <li key={r.id}>{healthReasonText(t, r)}</li>
          ))}
        </ul>
        <dl className="caseload__facts">
          <dt>{t('caseload.lastMeeting')}</dt>
          <dd>{entry.last_meeting_at ? date(entry.last_meeting_at) : t('caseload.none')}</dd>
          <dt>{t('caseload.lastCheckin')}</dt>
          <dd>{entry.last_checkin_on ? date(`${entry.last_checkin_on}T00:00:00Z`) : t('caseload.none')}</dd>
          <dt>{t('caseload.nextCheckin')}</dt>
          <dd>{date(`${entry.next_checkin_due}T00:00:00Z`)}</dd>
        </dl>
        <Reassign org={org} entry={entry} pair={pair} manager={manager} coordinators={coordinators} />
        {logged && (
          <p role="status" className="muted">
            {t('caseload.logged')}
          </p>
        )}
        <div className="meeting-actions">
          <Button
            className="button button--ghost button--small"
            aria-expanded={showAnswers}
            onPress={() => setShowAnswers((v) => !v)}
            aria-label={t('caseload.answers.toggleFor', { pair })}
          >
            {showAnswers ? t('caseload.answers.hide') : t('caseload.answers.show')}
          </Button>
          {!logging && (
            <Button
              className="button button--secondary button--small"
              onPress={() => {
                setLogged(false);
                setLogging(true);
              }}
              aria-label={t('caseload.logFor', { pair })}
            >
              {t('caseload.log')}
            </Button>
          )}
        </div>
        {showAnswers && <PulseAnswers org={org} relationship={entry.relationship_id} pair={pair} />}
        {logging && (
          <CheckinForm
            label={t('caseload.form.label', { pair })}
            isPending={log.isPending}
            error={log.error}
            onSubmit={(input) => log.mutate(input)}
            onCancel={() => setLogging(false)}
          />
        )}
      </div>
    </li>
  );
}

function Counts({ caseload }: { caseload: Caseload }) {
  const { t } = useTranslation();
  return (
    <p className="caseload__counts">
      {STATUSES.map((s) => (
        <Badge key={s} tone={HEALTH_TONE[s]}>
          {t(`caseload.count.${s}`, { count: caseload.counts[s] })}
        </Badge>
      ))}
    </p>
  );
}

/** A relationship manager's pairs, most urgent first, with why each needs attention. */
export function CaseloadPage() {
  const { t } = useTranslation();
  const { org = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const manager = search.get('manager') ?? '';
  const status = (search.get('status') ?? '') as HealthStatus | '';
  const list = usePagedList<Caseload>({
    queryKey: queryKeys.caseload(org, manager, status),
    load: (page) => getCaseload(org, { ...page, manager: manager || undefined, status: status || undefined }),
    limit: 50,
    keepPrevious: true,
  });
  const first = list.pages[0];
  const coordinators = useCoordinators(org).data ?? [];
  const title =
    manager === NO_MANAGER
      ? t('caseload.titleUnassigned')
      : manager && first?.manager_name
        ? t('caseload.titleOf', { name: first.manager_name })
        : t('caseload.title');
  return (
    <>
      <PageHeader title={title} lead={t('caseload.lead')} />
      <div className="caseload__filters">
        {coordinators.length > 0 && (
          <SelectField
            label={t('caseload.whose')}
            value={manager}
            onChange={(v) => {
              const next = new URLSearchParams(search);
              if (v) next.set('manager', v);
              else next.delete('manager');
              setSearch(next);
            }}
            options={[
              { value: '', label: t('caseload.mine') },
              ...coordinators.map((c) => ({ value: c.id, label: c.name })),
              { value: NO_MANAGER, label: t('caseload.unassigned') },
            ]}
          />
        )}
        <SelectField
          label={t('caseload.filter')}
          value={status || 'all'}
          onChange={(v) => {
            const next = new URLSearchParams(search);
            if (v === 'all') next.delete('status');
            else next.set('status', v);
            setSearch(next);
          }}
          options={[
            { value: 'all', label: t('caseload.all') },
            ...STATUSES.map((s) => ({ value: s, label: t(`caseload.status.${s}`) })),
          ]}
        />
      </div>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={list.refetch} />
      ) : (
        <section className="card" aria-label={t('caseload.listLabel')}>
          {first && <Counts caseload={first} />}
          {list.items.length === 0 ? (
            <EmptyState title={t('caseload.empty')} />
          ) : (
            <ul className="stack-list">
              {list.items.map((e) => (
                <CaseloadItem
                  key={e.relationship_id}
                  org={org}
                  entry={e}
                  manager={first?.manager_id ?? ''}
                  coordinators={coordinators}
                />
              ))}
            </ul>
          )}
          <ListFooter list={list} />
        </section>
      )}
    </>
  );
}
