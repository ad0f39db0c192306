import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api';

/**
 * Turns any error into a sentence for the user: the server's `detail` when it gave one,
 * otherwise a translated message for the status.
 */
export function useErrorMessage() {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown): string => {
      if (!isApiError(error)) return t('errors.unexpected');
      if (error.status === 0) return t('errors.network');
      if (error.status === 429) return t('errors.rateLimited');
      if (error.status === 403 && error.code === 'csrf') return t('errors.csrf');
      if (error.detail) return error.detail;
      switch (error.status) {
        case 401:
          return t('errors.unauthenticated');
        case 403:
          return t('errors.forbidden');
        case 404:
          return t('errors.notFound');
        case 409:
          return t('errors.conflict');
        case 400:
          return t('errors.invalid');
        default:
          return error.status >= 500 ? t('errors.server') : t('errors.unexpected');
      }
    },
    [t],
  );
}
