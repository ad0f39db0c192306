import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { HeldMatch, Program, RecommendationFilters } from '../../api_types';
import type { PageParams } from '../../api';
import { getMyEnrollments, getRecommendations, listMyProgramRequests } from '../../api';
import { CheckboxField } from '../../components/fields/CheckboxField';
import { ListFooter } from '../../components/ListFooter';
import { SelectField } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';
import { QueryStates } from '../../components/QueryStates';
import { SectionHead } from '../../components/SectionHead';
import { StatusBadge } from '../../components/StatusBadge';
import { openRequestCount } from '../../lib/explanation';
import { languageName } from '../../lib/format';
import { MAX_OPEN_REQUESTS } from '../../lib/limits';
import { queryKeys } from '../../lib/query_keys';
import { useDebounced } from '../../lib/use_debounced';
import { useAllPages, usePagedList } from '../../lib/use_paged_list';
import { LANGUAGE_CODES } from '../profile/language_codes';
import { MyRequestsList } from './MyRequestsList';
import { RecommendationCard } from './RecommendationCard';

/** For an active mentee of the program: recommended mentors, requests, and their own requests. */
export function FindMentorSection({ org, program }: { org: string; program: Program }) {
  // Whether I am an active mentee here: my enrollment in this program may be on any page.
  const enrollments = useAllPages({ queryKey: queryKeys.myEnrollments(), load: getMyEnrollments });
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
  const recommendations = usePagedList({
    queryKey: queryKeys.recommendations(org, program.id, filters),
    load: (page) => getRecommendations(org, program.id, filters, page),
    keepPrevious: true,
  });
  const requestsKey = queryKeys.programRequests(org, program.id);
  const loadRequests = (page: PageParams) => listMyProgramRequests(org, program.id, page);
  // The limit on open requests counts every one of them; the list below shows them a page at a time.
  const allRequests = useAllPages({ queryKey: requestsKey, load: loadRequests });
  const requests = usePagedList({ queryKey: requestsKey, load: loadRequests });
  const open = openRequestCount(allRequests.data ?? []);
  const filtered = Boolean(language || debouncedSkill || outside);
  // The server recommends no one once the mentee holds every mentor the program allows, and
  // names the matches instead (whatever the filters).
  const matched = recommendations.pages[0]?.matched ?? [];
  const languages = LANGUAGE_CODES.map((c) => ({ value: c, label: languageName(c, i18n.language) })).sort((a, b) =>
    a.label.localeCompare(b.label, i18n.language),
  );

  return (
    <>
      {matched.length > 0 ? (
        <Matched matches={matched} />
      ) : (
        <section className="card" aria-labelledby="find-mentor-title">
          <SectionHead
            id="find-mentor-title"
            title={t('findMentor.title')}
            status={allRequests.data && t('findMentor.openCount', { count: open, max: MAX_OPEN_REQUESTS })}
          />
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
          <QueryStates
            query={recommendations}
            isEmpty={recommendations.items.length === 0}
            emptyTitle={filtered ? t('findMentor.noMatch') : t('findMentor.empty')}
            emptyHelp={filtered ? t('findMentor.noMatchHelp') : t('findMentor.emptyHelp')}
          >
            <ul className="grid grid--cards recommendation-list" aria-label={t('findMentor.listLabel')}>
              {recommendations.items.map((r) => (
                <li key={r.mentor_id}>
                  <RecommendationCard org={org} program={program} recommendation={r} limitReached={open >= MAX_OPEN_REQUESTS} />
                </li>
              ))}
            </ul>
            <ListFooter list={recommendations} />
          </QueryStates>
        </section>
      )}
      <section className="card" aria-labelledby="my-requests-title">
        <h2 id="my-requests-title" className="section-title">
          {t('findMentor.myRequests')}
        </h2>
        <QueryStates query={requests} isEmpty={requests.items.length === 0} emptyTitle={t('findMentor.noRequests')}>
          <MyRequestsList org={org} programId={program.id} requests={requests.items} />
          <ListFooter list={requests} />
        </QueryStates>
      </section>
    </>
  );
}

/** Instead of recommendations: the mentee has a mentor (every one the program allows). */
function Matched({ matches }: { matches: HeldMatch[] }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="find-mentor-title">
      <SectionHead id="find-mentor-title" title={t('findMentor.matchedTitle')} />
      <p className="muted">{t('findMentor.matchedLead')}</p>
      <ul className="stack-list" aria-label={t('findMentor.matchedList')}>
        {matches.map((m) => (
          <li key={m.relationship_id} className="stack-list__item">
            <div className="stack-list__main">
              <span className="stack-list__title">
                <Link to={`/relationships/${m.relationship_id}`}>{t('findMentor.matchedWith', { name: m.mentor_name })}</Link>{' '}
                <StatusBadge kind="relationship" status={m.status} />
              </span>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
