// The language switcher: i18next + localStorage, and PATCH /me {locale} when signed in.
import { useCallback, useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Locale, SessionInfo } from '../api_types';
import { updateMe } from '../api';
import { currentLocale, storeLocale, storedLocale } from '../i18n';
import { SESSION_KEY, useSession } from './session';

export function useLocaleSwitch() {
  const { i18n } = useTranslation();
  const client = useQueryClient();
  const session = useSession();
  const signedIn = Boolean(session.data);

  const setLocale = useCallback(
    (locale: Locale) => {
      storeLocale(locale);
      void i18n.changeLanguage(locale);
      if (signedIn) void saveServerLocale(client, locale);
    },
    [client, i18n, signedIn],
  );

  return { locale: currentLocale(), setLocale };
}

async function saveServerLocale(client: ReturnType<typeof useQueryClient>, locale: Locale) {
  try {
    const me = await updateMe({ locale });
    client.setQueryData<SessionInfo | null>(SESSION_KEY, (old) => (old ? { ...old, user: me } : old));
  } catch {
    // The local choice still applies; the server copy is retried on the next switch or sign-in.
  }
}

/**
 * Reconciles the device's choice with the account's on sign-in: with no choice stored on this
 * device the account's locale applies; a stored choice wins and is saved to the account.
 */
export function useLocaleSync(): void {
  const { i18n } = useTranslation();
  const client = useQueryClient();
  const { data } = useSession();
  const userId = data?.user.id;
  const userLocale = data?.user.locale;

  useEffect(() => {
    if (!userId || !userLocale) return;
    const stored = storedLocale();
    if (!stored) {
      if (userLocale !== i18n.resolvedLanguage) void i18n.changeLanguage(userLocale);
    } else if (stored !== userLocale) {
      void saveServerLocale(client, stored);
    }
    // Only on a change of user: later switches go through setLocale.
  }, [userId]);
}
