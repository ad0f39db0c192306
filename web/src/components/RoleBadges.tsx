import { useTranslation } from 'react-i18next';
import type { Role } from '../api_types';

export function RoleBadges({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  if (roles.length === 0) return <span className="muted">{t('roles.none')}</span>;
  return (
    <ul className="badge-list" aria-label={t('roles.label')}>
      {roles.map((role) => (
        <li key={role} className={`badge badge--role badge--${role}`}>
          {t(`roles.${role}`)}
        </li>
      ))}
    </ul>
  );
}
