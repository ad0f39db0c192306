import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

export function Forbidden() {
  const { t } = useTranslation();
  return (
    <div className="state-panel state-panel--error" role="alert">
      <p className="state-panel__title">{t('errors.forbiddenTitle')}</p>
      <p>{t('errors.forbiddenPage')}</p>
      <Link to="/">{t('notFound.home')}</Link>
    </div>
  );
}
