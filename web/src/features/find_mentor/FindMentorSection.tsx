import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Program, RecommendationFilters } from '../../api_types';
import { getMyEnrollments, getRecommendations, listMyProgramRequests } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { CheckboxField } from '../../components/fields/CheckboxField';
import { SelectField } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';
import { LoadingState } from '../../components/LoadingState';
import { MAX_OPEN_REQUESTS, openRequestCount } from '../../lib/explanation';
import { languageName } from '../../lib/format';
import { queryKeys } from '../../lib/query_keys';
import { useDebounced } from '../../lib/use_debounced';
import { LANGUAGE_CODES } from '../profile/language_codes';
import { MyRequestsList } from './MyRequestsList';
import { RecommendationCard } from './RecommendationCard';

/** For an active mentee of the program: recommended mentors, requests, and their own requests. */
export function FindMentorSection({ org, program }: { org: string; program: Program }) {
  const enrollments = useQuery({ queryKey: queryKeys.myEnrollments(), queryFn: getMyEnrollments });
  const activeMentee = (enrollments.data ?? []).some(
    (e) => e.program_id === program.id && e.role === 'mentee' && e.status === 'active',
  );
  if (!activeMentee) return null;
  return <FindMentor org={org} program={program} />;
}

function FindMentor({ org, program }: { org: string; program: Program }) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState('');
  const [skill, setSkill] = useState('');
  const [outside, setOutside] = useState(false);
  const debouncedSkill = useDebounced(skill, 300).trim();
  const filters: RecommendationFilters = { language, skill: debouncedSkill, outside };
  const recommendations = useQuery({
    queryKey: queryKeys.recommendations(org, program.id, filters),
    queryFn: () => getRecommendations(org, program.id, filters),
    placeholderData: (previous) => previous,
  });
  const requests = useQuery({
    queryKey: queryKeys.programRequests(org, program.id),
    queryFn: () => listMyProgramRequests(org, program.id),
  });
  const open = openRequestCount(requests.data ?? []);
  const filtered = Boolean(language || debouncedSkill || outside);
  const languages = LANGUAGE_CODES.map((c) => ({ value: c, label: languageName(c, i18n.language) })).sort((a, b) =>
    a.label.localeCompare(b.label, i18n.language),
  );

  return (
    <>
      <section className="card" aria-labelledby="find-mentor-title">
        <div className="section-head">
          <h2 id="find-mentor-title" className="section-title">
            {t('findMentor.title')}
          </h2>
          {requests.data && (
            <p className="muted" role="status">
              {t('findMentor.openCount', { count: open, max: MAX_OPEN_REQUESTS })}
            </p>
          )}
        </div>
        <p className="muted">{t('findMentor.lead')}</p>
        <div className="filters" role="group" aria-label={t('findMentor.filters')}>
          <SelectField
            label={t('findMentor.language')}
            value={language}
            onChange={setLanguage}
            options={[{ value: '', label: t('findMentor.anyLanguage') }, ...languages]}
          />
          <TextInputField
            label={t('findMentor.skill')}
            type="search"
            value={skill}
            onChange={setSkill}
            placeholder={t('findMentor.skillPlaceholder')}
          />
          <CheckboxField label={t('findMentor.outsideOnly')} isSelected={outside} onChange={setOutside} />
        </div>
        {recommendations.isPending ? (
          <LoadingState />
        ) : recommendations.isError ? (
          <ErrorState error={recommendations.error} onRetry={() => void recommendations.refetch()} />
        ) : recommendations.data.length === 0 ? (
          <EmptyState title={filtered ? t('findMentor.noMatch') : t('findMentor.empty')}>
            <p>{filtered ? t('findMentor.noMatchHelp') : t('findMentor.emptyHelp')}</p>
          </EmptyState>
        ) : (
          <ul className="grid grid--cards recommendation-list" aria-label={t('findMentor.listLabel')}>
            {recommendations.data.map((r) => (
              <li key={r.mentor_id}>
                <RecommendationCard org={org} program={program} recommendation={r} limitReached={open >= MAX_OPEN_REQUESTS} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="my-requests-title">
        <h2 id="my-requests-title" className="section-title">
          {t('findMentor.myRequests')}
        </h2>
        {requests.isPending ? (
          <LoadingState />
        ) : requests.isError ? (
          <ErrorState error={requests.error} onRetry={() => void requests.refetch()} />
        ) : requests.data.length === 0 ? (
          <EmptyState title={t('findMentor.noRequests')} />
        ) : (
          <MyRequestsList org={org} programId={program.id} requests={requests.data} />
        )}
      </section>
    </>
  );
}
