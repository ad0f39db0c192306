import { useTranslation } from 'react-i18next';
import type { Locale } from '../api_types';
import { useLocaleSwitch } from '../auth/use_locale';

const OPTIONS: { locale: Locale; name: string }[] = [
  { locale: 'en', name: 'English' },
  { locale: 'es', name: 'Español' },
];

/** Two toggle buttons, each named in its own language. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const { locale, setLocale } = useLocaleSwitch();
  return (
    <div className="lang-switcher" role="group" aria-label={t('nav.language')}>
      {OPTIONS.map((o) => (
        <button
          key={o.locale}
          type="button"
          lang={o.locale}
          className="lang-switcher__button"
          aria-pressed={locale === o.locale}
          onClick={() => setLocale(o.locale)}
        >
          {o.name}
        </button>
      ))}
    </div>
  );
}
