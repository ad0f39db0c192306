import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Membership, ProgramWork } from '../../api_types';
import { getWorkQueue } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { StatusBadge } from '../../components/StatusBadge';
import { queryKeys } from '../../lib/query_keys';

type Item = { key: keyof ProgramWork & string; count: number; to: string };

/** Each kind of work waiting in a program, with the place where it is done. */
function itemsOf(org: string, w: ProgramWork): Item[] {
  const program = `/orgs/${encodeURIComponent(org)}/programs/${encodeURIComponent(w.program_id)}`;
  const items: Item[] = [
    { key: 'applications', count: w.applications, to: `${program}?status=pending#participants-title` },
    { key: 'mentors_not_cleared', count: w.mentors_not_cleared, to: `${program}?role=mentor#participants-title` },
    { key: 'unmatched_mentees', count: w.unmatched_mentees, to: `${program}#match-rounds-title` },
    { key: 'requests_expiring', count: w.requests_expiring, to: `${program}?role=mentor#participants-title` },
    { key: 'draft_rounds', count: w.draft_rounds, to: `${program}#match-rounds-title` },
  ];
  return items.filter((i) => i.count > 0);
}

function ProgramWorkRow({ org, work, hours }: { org: string; work: ProgramWork; hours: number }) {
  const { t } = useTranslation();
  const items = itemsOf(org, work);
  const programPath = `/orgs/${encodeURIComponent(org)}/programs/${encodeURIComponent(work.program_id)}`;
  return (
    <li className="stack-list__item work-queue__program">
      <div className="stack-list__main">
        <p className="stack-list__title">
          <Link to={programPath}>{work.program_name}</Link> <StatusBadge kind="program" status={work.program_status} />
        </p>
        {items.length === 0 ? (
          <p className="muted">{t('workQueue.nothing')}</p>
        ) : (
          <ul className="work-queue__items" aria-label={t('workQueue.itemsOf', { program: work.program_name })}>
            {items.map((i) => (
              <li key={i.key}>
                <Link to={i.to}>{t(`workQueue.item.${i.key}`, { count: i.count, hours })}</Link>
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}

/** One organisation's work queue: what waits for its coordinators, program by program. */
export function WorkQueueCard({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const org = membership.organisation_id;
  const queue = useQuery({ queryKey: queryKeys.workQueue(org), queryFn: () => getWorkQueue(org) });
  const titleId = `work-queue-${org}`;
  return (
    <section className="card work-queue" aria-labelledby={titleId}>
      <h2 id={titleId} className="section-title">
        {t('workQueue.title', { org: membership.organisation_name })}
      </h2>
      {membership.roles.includes('coordinator') && (
        <p className="work-queue__caseload">
          <Link to={`/orgs/${encodeURIComponent(org)}/caseload`}>{t('caseload.workQueueLink')}</Link>
        </p>
      )}
      {queue.isPending ? (
        <LoadingState />
      ) : queue.isError ? (
        <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
      ) : queue.data.programs.length === 0 ? (
        <EmptyState title={t('workQueue.noPrograms')}>
          <p>
            <Link to={`/orgs/${encodeURIComponent(org)}/programs/new`}>{t('workQueue.createProgram')}</Link>
          </p>
        </EmptyState>
      ) : (
        <ul className="stack-list">
          {queue.data.open_flags + queue.data.open_reports > 0 && (
            <li className="stack-list__item work-queue__safety">
              <Link to={`/orgs/${encodeURIComponent(org)}/safety`}>
                {t('workQueue.safety', { count: queue.data.open_flags + queue.data.open_reports })}
              </Link>
            </li>
          )}
          {queue.data.programs.map((w) => (
            <ProgramWorkRow key={w.program_id} org={org} work={w} hours={queue.data.expiring_within_hours} />
          ))}
        </ul>
      )}
    </section>
  );
}
