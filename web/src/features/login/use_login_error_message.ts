import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api';

/** 401: the server's own message (same for unknown email and wrong password); 429: wait and retry. */
export function useLoginErrorMessage() {
  const { t } = useTranslation();
  return useCallback(
    (error: ApiError): string => {
      if (error.status === 429) {
        if (error.retryAfter && error.retryAfter > 0) {
          const minutes = Math.max(1, Math.ceil(error.retryAfter / 60));
          return t('login.rateLimitedMinutes', { minutes });
        }
        return t('login.rateLimited');
      }
      if (error.status === 401) return error.detail || t('login.invalidCredentials');
      if (error.status === 0) return t('errors.network');
      return error.detail || t('errors.unexpected');
    },
    [t],
  );
}
