import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnrollmentFilters, Program } from '../../api_types';
import { listEnrollments } from '../../api';
import { ListFooter } from '../../components/ListFooter';
import { QueryStates } from '../../components/QueryStates';
import { queryKeys } from '../../lib/query_keys';
import { useDebounced } from '../../lib/use_debounced';
import { usePagedList } from '../../lib/use_paged_list';
import { ParticipantFilters } from './ParticipantFilters';
import { ParticipantRow } from './ParticipantRow';

/** Coordinators' table of enrollments with server-side filters. */
export function ParticipantsSection({ org, program }: { org: string; program: Program }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<EnrollmentFilters>({ role: '', status: '', q: '' });
  const q = useDebounced(filters.q ?? '', 300).trim();
  const applied: EnrollmentFilters = { role: filters.role, status: filters.status, q };
  const list = usePagedList({
    queryKey: queryKeys.enrollments(org, program.id, applied),
    load: (page) => listEnrollments(org, program.id, applied, page),
    keepPrevious: true,
  });
  // Pending applications first (of the pages loaded): they are what a coordinator has to act on.
  const rows = [...list.items].sort((a, b) => Number(b.status === 'pending') - Number(a.status === 'pending'));
  const filtered = Boolean(applied.role || applied.status || applied.q);

  return (
    <section className="card" aria-labelledby="participants-title">
      <div className="section-head">
        <h2 id="participants-title" className="section-title">
          {t('participants.title')}
        </h2>
        {!list.isPending && !list.isError && (
          <p className="muted" role="status">
            {list.hasMore
              ? t('paging.resultsMore', { count: list.items.length })
              : t('participants.count', { count: list.items.length })}
          </p>
        )}
      </div>
      <ParticipantFilters value={filters} onChange={setFilters} />
      <QueryStates
        query={list}
        isEmpty={list.items.length === 0}
        emptyTitle={filtered ? t('participants.noMatch') : t('participants.empty')}
        emptyHelp={filtered ? undefined : t('participants.emptyHelp')}
      >
        <div className="table-wrap">
          <table className="table table--stack">
            <caption className="visually-hidden">{t('participants.caption', { program: program.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('participants.person')}</th>
                <th scope="col">{t('participants.role')}</th>
                <th scope="col">{t('participants.status')}</th>
                <th scope="col">{t('participants.checks')}</th>
                <th scope="col">{t('participants.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <ParticipantRow key={e.id} org={org} enrollment={e} />
              ))}
            </tbody>
          </table>
          <ListFooter list={list} />
        </div>
      </QueryStates>
    </section>
  );
}
