import { Navigate, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from './session';
import { loginPathFor } from '../lib/next_path';
import { LoadingState } from '../components/LoadingState';
import { ErrorState } from '../components/ErrorState';

/** Renders its child routes for a signed-in user; sends others to /login?next=…. */
export function RequireAuth() {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();
  if (session.isPending) return <LoadingState label={t('common.loading')} />;
  if (session.isError && session.data === undefined) {
    return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  }
  if (!session.data) return <Navigate to={loginPathFor(location)} replace />;
  return <Outlet />;
}
