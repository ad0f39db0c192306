import { useTranslation } from 'react-i18next';
import type { MailMode } from '../../api_types';
import { Alert } from '../../components/Alert';

/** The outbox page's statement of what it is: the mailbox (development) or delivery metadata. */
export function MailModeBanner({ mode }: { mode: MailMode }) {
  const { t } = useTranslation();
  return mode === 'development' ? (
    <Alert tone="warning" title={t('outbox.devTitle')}>
      <p>{t('outbox.devBanner')}</p>
    </Alert>
  ) : (
    <Alert tone="info" title={t('outbox.smtpTitle')}>
      <p>{t('outbox.smtpBanner')}</p>
    </Alert>
  );
}
