import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberFilters, Role } from '../../api_types';
import { ROLES } from '../../api_types';
import { listMembers } from '../../api';
import { ListFooter } from '../../components/ListFooter';
import { SelectField } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';
import { QueryStates } from '../../components/QueryStates';
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

  return (
    <section className="card" aria-labelledby="members-title">
      <div className="section-head">
        <h2 id="members-title" className="section-title">
          {t('members.listTitle')}
        </h2>
        {!list.isPending && !list.isError && (
          <p className="muted" role="status">
            {list.hasMore
              ? t('paging.resultsMore', { count: list.items.length })
              : t('members.count', { count: list.items.length })}
          </p>
        )}
      </div>
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
        <div className="table-wrap">
          <table className="table table--stack">
            <caption className="visually-hidden">{t('members.listTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('members.person')}</th>
                <th scope="col">{t('roles.label')}</th>
                <th scope="col">{t('participants.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((m) => (
                <MemberRow key={m.person_id} org={org} member={m} />
              ))}
            </tbody>
          </table>
          <ListFooter list={list} />
        </div>
      </QueryStates>
    </section>
  );
}
