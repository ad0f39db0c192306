import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TaxonomyTerm } from '../../api_types';
import { getMyEnrollments, getMyProfile, listTaxonomy, listTimeZones } from '../../api';
import { useCurrentUser } from '../../auth/session';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { queryKeys } from '../../lib/query_keys';
import { firstOrganisation } from '../../lib/roles';
import { useAllPages } from '../../lib/use_paged_list';
import { profileAudience } from './profile_audience';
import { PROFILE_KEY } from './profile_query';
import { ProfileForm } from './ProfileForm';
import { CalendarFeedSection } from '../meetings/CalendarFeedSection';

const toSuggestions = (terms: TaxonomyTerm[] | undefined) => (terms ?? []).map((t) => ({ id: t.id, label: t.label }));

export function ProfilePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const org = firstOrganisation(user);
  const profile = useQuery({ queryKey: PROFILE_KEY, queryFn: getMyProfile });
  // Which questions apply: mentors get the mentor sections, minors no adult-only questions.
  const enrollments = useAllPages({ queryKey: queryKeys.myEnrollments(), load: getMyEnrollments });
  // The zones the server accepts: a new profile starts in the browser's zone when it is one.
  const timeZones = useQuery({ queryKey: queryKeys.timeZones(), queryFn: listTimeZones, staleTime: Infinity });
  // Suggestions are a convenience: the form works without them. They are choices, so every term
  // (fetchAllPages), not a page of them.
  const skills = useAllPages({
    queryKey: queryKeys.taxonomy(org ?? '', 'skill'),
    load: (page) => listTaxonomy(org!, 'skill', page),
    enabled: Boolean(org),
  });
  const interests = useAllPages({
    queryKey: queryKeys.taxonomy(org ?? '', 'interest'),
    load: (page) => listTaxonomy(org!, 'interest', page),
    enabled: Boolean(org),
  });

  return (
    <>
      <PageHeader title={t('profile.title')} lead={t('profile.lead')} />
      {profile.isPending || enrollments.isPending || timeZones.isPending ? (
        <LoadingState />
      ) : profile.isError ? (
        <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />
      ) : (
        <ProfileForm
          key={profile.data.person_id}
          profile={profile.data}
          skillSuggestions={toSuggestions(skills.data?.filter((s) => s.kind !== 'interest'))}
          interestSuggestions={toSuggestions(interests.data?.filter((s) => s.kind !== 'skill'))}
          audience={profileAudience(user, enrollments.data ?? [])}
          timeZones={timeZones.data?.names}
        />
      )}
      <CalendarFeedSection />
    </>
  );
}
