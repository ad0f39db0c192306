import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/session';
import { PageHeader } from '../../components/PageHeader';
import { AllOrganisations } from '../admin_organisations/AllOrganisations';
import { CoordinatorHome } from '../work_queue/CoordinatorHome';
import { showsParticipantHome } from '../work_queue/staff_orgs';
import { EnrollmentList } from './EnrollmentList';
import { MatchSummary } from './MatchSummary';
import { MembershipList } from './MembershipList';
import { QuickLinks } from './QuickLinks';
import { Welcome } from './Welcome';

export function HomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const participant = showsParticipantHome(user);
  return (
    <>
      <PageHeader title={t('home.greeting', { name: user.name })} lead={t('home.lead')} />
      <Welcome />
      <QuickLinks user={user} />
      {/* Coordinators and org admins: their work queue; participants' parts only for participants. */}
      <CoordinatorHome user={user} />
      {participant && <MatchSummary />}
      <div className={participant ? 'grid grid--2 grid--equal' : undefined}>
        <section className="card" aria-labelledby="memberships-title">
          <h2 id="memberships-title" className="section-title">
            {t('home.membershipsTitle')}
          </h2>
          <MembershipList user={user} />
        </section>
        {participant && (
          <section className="card" aria-labelledby="enrollments-title">
            <h2 id="enrollments-title" className="section-title">
              {t('home.enrollmentsTitle')}
            </h2>
            <EnrollmentList />
          </section>
        )}
      </div>
      {user.is_platform_admin && <AllOrganisations />}
    </>
  );
}
