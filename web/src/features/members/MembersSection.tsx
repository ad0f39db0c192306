import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberFilters, Role } from '../../api_types';
import { ROLES } from '../../api_types';
import { listMembers } from '../../api';
import { ListFooter } from '../../components/ListFooter';
import { SelectField } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';
import { QueryStates } from '../../components/QueryStates';
import { SectionHead, useResultCount } from '../../components/SectionHead';
import { StackTable } from '../../components/StackTable';
import { queryKeys } from '../../lib/query_keys';
import { useDebounced } from '../../lib/use_debounced';
import { usePagedList } from '../../lib/use_paged_list';
import { MemberRow } from './MemberRow';

export function MembersSection({ org }: { org: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const q = useDebounced(search, 300).trim();
  const filters: MemberFilters = { q, role };
  const list = usePagedList({
    queryKey: queryKeys.members(org, filters),
    load: (page) => listMembers(org, filters, page),
    keepPrevious: true,
  });
  const resultCount = useResultCount(list);

  return (
    <section className="card" aria-labelledby="members-title">
      <SectionHead id="members-title" title={t('members.listTitle')} status={resultCount} />
      <div className="filters" role="search" aria-label={t('members.filters')}>
        <TextInputField
          className="filters__search"
          type="search"
          label={t('members.search')}
          value={search}
          onChange={setSearch}
          placeholder={t('members.searchPlaceholder')}
        />
        <SelectField
          label={t('members.roleFilter')}
          value={role}
          onChange={(v) => setRole(v as Role | '')}
          options={[{ value: '', label: t('members.allRoles') }, ...ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))]}
        />
      </div>
      <QueryStates
        query={list}
        isEmpty={list.items.length === 0}
        emptyTitle={q || role ? t('members.noMatch') : t('members.empty')}
      >
        <StackTable
          caption={t('members.listTitle')}
          columns={[t('members.person'), t('roles.label'), t('participants.actions')]}
          footer={<ListFooter list={list} />}
        >
          {list.items.map((m) => (
            <MemberRow key={m.person_id} org={org} member={m} />
          ))}
        </StackTable>
      </QueryStates>
    </section>
  );
}
