import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getMyEnrollments, getMyProfile, listMyRelationships } from '../../api';
import { useCurrentUser } from '../../auth/session';
import { firstOrganisation } from '../../lib/roles';
import { queryKeys } from '../../lib/query_keys';
import { useAllPages } from '../../lib/use_paged_list';
import { PROFILE_KEY } from '../profile/profile_query';
import { wantsWelcome, welcomeSteps } from './welcome_steps';

/**
 * A new participant's next steps: complete the profile, join a program, what happens next. Each
 * step says whether it is done; the card goes once the person is placed and matched.
 */
export function Welcome() {
  const user = useCurrentUser();
  if (!wantsWelcome(user)) return null;
  return <WelcomeCard />;
}

function WelcomeCard() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const profile = useQuery({ queryKey: PROFILE_KEY, queryFn: getMyProfile });
  const enrollments = useAllPages({ queryKey: queryKeys.myEnrollments(), load: getMyEnrollments });
  const relationships = useAllPages({ queryKey: queryKeys.myRelationships(), load: listMyRelationships });
  // Not shown until known (nor when a list fails: the rest of the home still says where one stands).
  if (!profile.data || !enrollments.data || !relationships.data) return null;
  const steps = welcomeSteps(user, profile.data.updated_at !== null, enrollments.data, relationships.data);
  if (steps.finished) return null;
  const org = firstOrganisation(user);
  const place = steps.place;
  return (
    <section className="card welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title" className="section-title">
        {t('welcome.title')}
      </h2>
      <p className="muted">{t('welcome.lead')}</p>
      <ol className="welcome__steps">
        <Step title={t('welcome.profile')} done={steps.profileDone}>
          {steps.profileDone ? (
            t('welcome.profileDone')
          ) : (
            <>
              {t('welcome.profileTodo')} <Link to="/profile">{t('welcome.profile')}</Link>
            </>
          )}
        </Step>
        <Step title={t('welcome.programs')} done={place?.status === 'active'}>
          {place ? (
            <Link
              to={`/orgs/${encodeURIComponent(place.org)}/programs/${encodeURIComponent(place.programId)}`}
            >
              {place.status === 'active'
                ? t('welcome.programsActive', { program: place.program })
                : t('welcome.programsPending', { program: place.program })}
            </Link>
          ) : (
            <>
              {t('welcome.programsNone')}{' '}
              {org && <Link to={`/orgs/${encodeURIComponent(org)}/programs`}>{t('welcome.browse')}</Link>}
            </>
          )}
        </Step>
        <Step title={t('welcome.next')}>
          {steps.side === 'both'
            ? t('welcome.nextBoth')
            : steps.side === 'mentor'
              ? t('welcome.nextMentor')
              : t('welcome.nextMentee')}
        </Step>
      </ol>
    </section>
  );
}

/** One step: its title, "Done:" or "To do:" for screen readers (and a check mark), and its text. */
function Step({ title, done, children }: { title: string; done?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <li className={`welcome__step ${done ? 'is-done' : ''}`}>
      <p className="welcome__step-title">
        {done !== undefined && (
          <span className="welcome__mark" aria-hidden="true">
            {done ? '✓' : '○'}
          </span>
        )}
        {done !== undefined && <span className="visually-hidden">{done ? t('welcome.done') : t('welcome.todo')} </span>}
        {title}
      </p>
      <p>{children}</p>
    </li>
  );
}
