import { useEffect, useState } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { useSignOut } from '../auth/use_sign_out';
import { firstAdminOrganisation, firstOrganisation } from '../lib/roles';
import { LanguageSwitcher } from './LanguageSwitcher';
import { NotificationsMenu } from './NotificationsMenu';
import { usePendingRequestCount } from './use_pending_requests';
import { useLiveEvents, useUnreadMessages } from '../lib/live_events';
import { Logo } from './Logo';

export function Header() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const signOut = useSignOut();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);

  useEffect(() => setMenuOpen(false), [location.pathname]);

  const user = session?.user;
  const org = user ? firstOrganisation(user) : undefined;
  const adminOrg = user ? firstAdminOrganisation(user) : undefined;
  const pending = usePendingRequestCount(Boolean(user));
  useLiveEvents(Boolean(user));
  const unreadMessages = useUnreadMessages(Boolean(user)).data?.total ?? 0;

  return (
    <header className="site-header">
      <div className="site-header__inner container">
        <Link to="/" className="brand" aria-label={t('nav.homeBrand')}>
          <Logo />
          <span className="brand__name">{t('app.name')}</span>
        </Link>
        {user && (
          <button
            type="button"
            className="menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="site-nav"
            onClick={() => setMenuOpen((open) => !open)}
          >
            <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
              <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
            {t('nav.menu')}
          </button>
        )}
        <div id="site-nav" className={`site-nav ${menuOpen ? 'is-open' : ''} ${user ? '' : 'site-nav--public'}`}>
          {user && (
            <nav aria-label={t('nav.main')}>
              <ul className="site-nav__list">
                <li>
                  <NavLink to="/" end className="site-nav__link">
                    {t('nav.home')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/profile" className="site-nav__link">
                    {t('nav.profile')}
                  </NavLink>
                </li>
                {org && (
                  <li>
                    <NavLink to={`/orgs/${encodeURIComponent(org)}/programs`} className="site-nav__link">
                      {t('nav.programs')}
                    </NavLink>
                  </li>
                )}
                <li>
                  <NavLink to="/requests" className="site-nav__link">
                    {t('nav.requests')}
                    {pending > 0 && (
                      <>
                        {' '}
                        <span className="count-badge" aria-hidden="true">
                          {pending}
                        </span>
                        <span className="visually-hidden">{t('nav.pendingCount', { count: pending })}</span>
                      </>
                    )}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/relationships" className="site-nav__link">
                    {t('nav.relationships')}
                    {unreadMessages > 0 && (
                      <>
                        {' '}
                        <span className="count-badge" aria-hidden="true" data-testid="unread-messages">
                          {unreadMessages}
                        </span>
                        <span className="visually-hidden">{t('nav.unreadMessages', { count: unreadMessages })}</span>
                      </>
                    )}
                  </NavLink>
                </li>
                {adminOrg && (
                  <li>
                    <NavLink to={`/orgs/${encodeURIComponent(adminOrg)}/members`} className="site-nav__link">
                      {t('nav.members')}
                    </NavLink>
                  </li>
                )}
                {user.is_platform_admin && (
                  <li>
                    <NavLink to="/admin/organisations" className="site-nav__link">
                      {t('nav.organisations')}
                    </NavLink>
                  </li>
                )}
                {user.is_platform_admin && (
                  <li>
                    <NavLink to="/admin/outbox" className="site-nav__link">
                      {t('nav.outbox')}
                    </NavLink>
                  </li>
                )}
              </ul>
            </nav>
          )}
          <div className="site-nav__tools">
            <LanguageSwitcher />
            {user && <NotificationsMenu />}
            {user && (
              <div className="user-box">
                <span className="user-box__name" title={user.email}>
                  {user.name}
                </span>
                <button
                  type="button"
                  className="button button--ghost button--small"
                  onClick={() => signOut.mutate()}
                  disabled={signOut.isPending}
                >
                  {t('nav.signOut')}
                </button>
              </div>
            )}
          </div>
        </div>
      </div>
    </header>
  );
}
