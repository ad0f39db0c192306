import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { EnrollmentFilters, EnrollmentStatus, Program, ProgramRole } from '../../api_types';
import { listEnrollments } from '../../api';
import { ListFooter } from '../../components/ListFooter';
import { QueryStates } from '../../components/QueryStates';
import { SectionHead, useResultCount } from '../../components/SectionHead';
import { StackTable } from '../../components/StackTable';
import { queryKeys } from '../../lib/query_keys';
import { useDebounced } from '../../lib/use_debounced';
import { usePagedList } from '../../lib/use_paged_list';
import { ParticipantBulkBar } from './ParticipantBulkBar';
import { ParticipantFilters } from './ParticipantFilters';
import { ParticipantRow } from './ParticipantRow';

const ROLES: ProgramRole[] = ['mentor', 'mentee'];
const STATUSES: EnrollmentStatus[] = ['pending', 'active', 'declined', 'withdrawn', 'ended'];

/** Rows a page: "Show more" loads the next. */
export const PARTICIPANTS_PAGE_SIZE = 25;

function filtersOf(params: URLSearchParams): EnrollmentFilters {
  const role = ROLES.find((r) => r === params.get('role')) ?? '';
  const status = STATUSES.find((s) => s === params.get('status')) ?? '';
  return { role, status, q: params.get('q') ?? '' };
}

/** Coordinators' table of enrollments with server-side filters. */
export function ParticipantsSection({ org, program }: { org: string; program: Program }) {
  const { t } = useTranslation();
  // The filters live in the URL (?role=, ?status=, ?q=): the work queue's links open the table
  // filtered, and a reload or a shared link keeps them.
  const [params, setParams] = useSearchParams();
  const [filters, setFilters] = useState<EnrollmentFilters>(() => filtersOf(params));
  const q = useDebounced(filters.q ?? '', 300).trim();
  const applied: EnrollmentFilters = { role: filters.role, status: filters.status, q };
  useEffect(() => {
    const next = new URLSearchParams(params);
    for (const [key, value] of [['role', applied.role], ['status', applied.status], ['q', applied.q]] as const) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (next.toString() !== params.toString()) setParams(next, { replace: true });
  }, [applied.role, applied.status, applied.q, params, setParams]);
  const list = usePagedList({
    queryKey: queryKeys.enrollments(org, program.id, applied),
    load: (page) => listEnrollments(org, program.id, applied, page),
    limit: PARTICIPANTS_PAGE_SIZE,
    keepPrevious: true,
  });
  // Rows chosen for a bulk action; other filters start a new choice.
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  useEffect(() => setSelected(new Set()), [applied.role, applied.status, applied.q]);
  // Pending applications first (of the pages loaded): they are what a coordinator has to act on.
  const rows = [...list.items].sort((a, b) => Number(b.status === 'pending') - Number(a.status === 'pending'));
  const filtered = Boolean(applied.role || applied.status || applied.q);
  const resultCount = useResultCount(list);

  return (
    <section className="card" aria-labelledby="participants-title">
      <SectionHead id="participants-title" title={t('participants.title')} status={resultCount} />
      <ParticipantFilters value={filters} onChange={setFilters} />
      <ParticipantBulkBar org={org} programId={program.id} rows={rows} selected={selected} onSelect={setSelected} />
      <QueryStates
        query={list}
        isEmpty={list.items.length === 0}
        emptyTitle={filtered ? t('participants.noMatch') : t('participants.empty')}
        emptyHelp={filtered ? undefined : t('participants.emptyHelp')}
      >
        <StackTable
          caption={t('participants.caption', { program: program.name })}
          columns={[
            t('participantsBulk.select'),
            t('participants.person'),
            t('participants.role'),
            t('participants.status'),
            t('participants.checks'),
            t('participants.actions'),
          ]}
          footer={<ListFooter list={list} />}
        >
          {rows.map((e) => (
            <ParticipantRow
              key={e.id}
              org={org}
              enrollment={e}
              selected={selected.has(e.id)}
              onSelect={(on) =>
                setSelected((prev) => {
                  const next = new Set(prev);
                  if (on) next.add(e.id);
                  else next.delete(e.id);
                  return next;
                })
              }
            />
          ))}
        </StackTable>
      </QueryStates>
    </section>
  );
}
