import { useTranslation } from 'react-i18next';

/** A polite busy indicator; e2e helpers wait for `.loading-state` to disappear. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="loading-state" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t('common.loading')}</span>
    </div>
  );
}
