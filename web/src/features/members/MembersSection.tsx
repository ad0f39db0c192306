import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MemberFilters, Role } from '../../api_types';
import { ROLES } from '../../api_types';
import { listMembers } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { ShowMoreButton } from '../../components/ShowMoreButton';
import { useShowMore } from '../../components/use_show_more';
import { SelectField } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';
import { queryKeys } from '../../lib/query_keys';
import { useDebounced } from '../../lib/use_debounced';
import { MemberRow } from './MemberRow';

export function MembersSection({ org }: { org: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const q = useDebounced(search, 300).trim();
  const filters: MemberFilters = { q, role };
  const query = useQuery({
    queryKey: queryKeys.members(org, filters),
    queryFn: () => listMembers(org, filters),
    placeholderData: (previous) => previous,
  });
  const paged = useShowMore(query.data ?? []);

  return (
    <section className="card" aria-labelledby="members-title">
      <div className="section-head">
        <h2 id="members-title" className="section-title">
          {t('members.listTitle')}
        </h2>
        {query.data && (
          <p className="muted" role="status">
            {t('members.count', { count: query.data.length })}
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
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.length === 0 ? (
        <EmptyState title={q || role ? t('members.noMatch') : t('members.empty')} />
      ) : (
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
              {paged.visible.map((m) => (
                <MemberRow key={m.person_id} org={org} member={m} />
              ))}
            </tbody>
          </table>
          <ShowMoreButton hidden={paged.hidden} onPress={paged.showMore} />
        </div>
      )}
    </section>
  );
}
