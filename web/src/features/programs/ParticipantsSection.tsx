import { useState } from 'react';
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
import { ParticipantFilters } from './ParticipantFilters';
import { ParticipantRow } from './ParticipantRow';

const ROLES: ProgramRole[] = ['mentor', 'mentee'];
const STATUSES: EnrollmentStatus[] = ['pending', 'active', 'declined', 'withdrawn', 'ended'];

function initialFilters(params: URLSearchParams): EnrollmentFilters {
  const role = ROLES.find((r) => r === params.get('role')) ?? '';
  const status = STATUSES.find((s) => s === params.get('status')) ?? '';
  return { role, status, q: '' };
}

/** Coordinators' table of enrollments with server-side filters. */
export function ParticipantsSection({ org, program }: { org: string; program: Program }) {
  const { t } = useTranslation();
  // The work queue's links open the table filtered (?status=pending, ?role=mentor).
  const [params] = useSearchParams();
  const [filters, setFilters] = useState<EnrollmentFilters>(() => initialFilters(params));
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
  const resultCount = useResultCount(list);

  return (
    <section className="card" aria-labelledby="participants-title">
      <SectionHead id="participants-title" title={t('participants.title')} status={resultCount} />
      <ParticipantFilters value={filters} onChange={setFilters} />
      <QueryStates
        query={list}
        isEmpty={list.items.length === 0}
        emptyTitle={filtered ? t('participants.noMatch') : t('participants.empty')}
        emptyHelp={filtered ? undefined : t('participants.emptyHelp')}
      >
        <StackTable
          caption={t('participants.caption', { program: program.name })}
          columns={[
            t('participants.person'),
            t('participants.role'),
            t('participants.status'),
            t('participants.checks'),
            t('participants.actions'),
          ]}
          footer={<ListFooter list={list} />}
        >
          {rows.map((e) => (
            <ParticipantRow key={e.id} org={org} enrollment={e} />
          ))}
        </StackTable>
      </QueryStates>
    </section>
  );
}
