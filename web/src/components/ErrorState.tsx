import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from './use_error_message';

/** A failed load, with the server's explanation and a retry. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = useErrorMessage()(error);
  return (
    <div className="state-panel state-panel--error" role="alert">
      <h2 className="state-panel__title">{t('errors.loadTitle')}</h2>
      <p>{message}</p>
      {onRetry && (
        <Button className="button button--secondary" onPress={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </div>
  );
}
