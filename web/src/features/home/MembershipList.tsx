import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api_types';
import { EmptyState } from '../../components/EmptyState';
import { RoleBadges } from '../../components/RoleBadges';

export function MembershipList({ user }: { user: Me }) {
  const { t } = useTranslation();
  if (user.memberships.length === 0) {
    return (
      <EmptyState title={t('home.noMemberships')}>
        <p>{t('home.noMembershipsHelp')}</p>
      </EmptyState>
    );
  }
  return (
    <ul className="stack-list">
      {user.memberships.map((m) => {
        const org = encodeURIComponent(m.organisation_id);
        return (
          <li key={m.organisation_id} className="stack-list__item">
            <div className="stack-list__main">
              <p className="stack-list__title">{m.organisation_name}</p>
              <p className="muted">{t(`orgKinds.${m.organisation_kind}`)}</p>
              <RoleBadges roles={m.roles} />
            </div>
            <div className="stack-list__actions">
              <Link className="button button--secondary button--small" to={`/orgs/${org}/programs`}>
                {t('nav.programs')}
              </Link>
              {m.roles.includes('org_admin') && (
                <Link className="button button--secondary button--small" to={`/orgs/${org}/members`}>
                  {t('nav.members')}
                </Link>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
