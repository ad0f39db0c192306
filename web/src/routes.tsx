import { lazy, Suspense, type ComponentType } from 'react';
import { Route, Routes } from 'react-router';
import { RequireAuth } from './auth/RequireAuth';
import { AppShell } from './components/AppShell';
import { LoadingState } from './components/LoadingState';
import { LoginPage } from './features/login/LoginPage';
import { NotFoundPage } from './features/not_found/NotFoundPage';

/** Each screen is its own chunk, loaded on first visit. */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  const Component: ComponentType = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  return (
    <Suspense fallback={<LoadingState />}>
      <Component />
    </Suspense>
  );
}

const forgot = page(() => import('./features/forgot_password/ForgotPasswordPage'), 'ForgotPasswordPage');
const reset = page(() => import('./features/reset_password/ResetPasswordPage'), 'ResetPasswordPage');
const invite = page(() => import('./features/invite/InvitePage'), 'InvitePage');
const home = page(() => import('./features/home/HomePage'), 'HomePage');
const profile = page(() => import('./features/profile/ProfilePage'), 'ProfilePage');
const programs = page(() => import('./features/programs/ProgramsPage'), 'ProgramsPage');
const programForm = page(() => import('./features/programs/ProgramFormPage'), 'ProgramFormPage');
const programDetail = page(() => import('./features/programs/ProgramDetailPage'), 'ProgramDetailPage');
const members = page(() => import('./features/members/MembersPage'), 'MembersPage');
const round = page(() => import('./features/match_rounds/RoundPage'), 'RoundPage');
const requests = page(() => import('./features/requests/RequestsPage'), 'RequestsPage');
const relationships = page(() => import('./features/relationships/RelationshipsPage'), 'RelationshipsPage');
const outbox = page(() => import('./features/outbox/OutboxPage'), 'OutboxPage');
const adminOrgs = page(() => import('./features/admin_organisations/OrganisationsAdminPage'), 'OrganisationsAdminPage');
const orgOverview = page(
  () => import('./features/admin_organisations/OrganisationOverviewPage'),
  'OrganisationOverviewPage',
);
const audit = page(() => import('./features/audit/AuditLogPage'), 'AuditLogPage');
const safety = page(() => import('./features/messages/SafetyQueuePage'), 'SafetyQueuePage');
const caseload = page(() => import('./features/caseload/CaseloadPage'), 'CaseloadPage');
const pulseSurvey = page(() => import('./features/pulse/PulseSurveyPage'), 'PulseSurveyPage');
const guardianAgreement = page(() => import('./features/agreements/GuardianAgreementPage'), 'GuardianAgreementPage');

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/forgot-password" element={forgot} />
        <Route path="/reset-password" element={reset} />
        <Route path="/invite/:token" element={invite} />
        <Route path="/agreement/:token" element={guardianAgreement} />
        <Route element={<RequireAuth />}>
          <Route index element={home} />
          <Route path="/profile" element={profile} />
          <Route path="/orgs/:org/programs" element={programs} />
          <Route path="/orgs/:org/programs/new" element={programForm} />
          <Route path="/orgs/:org/programs/:id" element={programDetail} />
          <Route path="/orgs/:org/programs/:id/edit" element={programForm} />
          <Route path="/orgs/:org/members" element={members} />
          <Route path="/orgs/:org/audit" element={audit} />
          <Route path="/orgs/:org/safety" element={safety} />
          <Route path="/orgs/:org/caseload" element={caseload} />
          <Route path="/orgs/:org/pulse-surveys/:survey" element={pulseSurvey} />
          <Route path="/orgs/:org/match-rounds/:round" element={round} />
          <Route path="/requests" element={requests} />
          <Route path="/relationships" element={relationships} />
          <Route path="/relationships/:id" element={relationships} />
          <Route path="/admin/outbox" element={outbox} />
          <Route path="/admin/organisations" element={adminOrgs} />
          <Route path="/admin/organisations/:org" element={orgOverview} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
