import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TaxonomyTerm } from '../../api_types';
import { getMyProfile, listTaxonomy } from '../../api';
import { useCurrentUser } from '../../auth/session';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { queryKeys } from '../../lib/query_keys';
import { firstOrganisation } from '../../lib/roles';
import { PROFILE_KEY } from './profile_query';
import { ProfileForm } from './ProfileForm';

const toSuggestions = (terms: TaxonomyTerm[] | undefined) => (terms ?? []).map((t) => ({ id: t.id, label: t.label }));

export function ProfilePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const org = firstOrganisation(user);
  const profile = useQuery({ queryKey: PROFILE_KEY, queryFn: getMyProfile });
  // Suggestions are a convenience: the form works without them.
  const skills = useQuery({
    queryKey: queryKeys.taxonomy(org ?? '', 'skill'),
    queryFn: () => listTaxonomy(org!, 'skill'),
    enabled: Boolean(org),
  });
  const interests = useQuery({
    queryKey: queryKeys.taxonomy(org ?? '', 'interest'),
    queryFn: () => listTaxonomy(org!, 'interest'),
    enabled: Boolean(org),
  });

  return (
    <>
      <PageHeader title={t('profile.title')} lead={t('profile.lead')} />
      {profile.isPending ? (
        <LoadingState />
      ) : profile.isError ? (
        <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />
      ) : (
        <ProfileForm
          key={profile.data.person_id}
          profile={profile.data}
          skillSuggestions={toSuggestions(skills.data?.filter((s) => s.kind !== 'interest'))}
          interestSuggestions={toSuggestions(interests.data?.filter((s) => s.kind !== 'skill'))}
        />
      )}
    </>
  );
}
