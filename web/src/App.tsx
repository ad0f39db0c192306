import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { I18nProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './routes';

/** react-aria follows the app's language, not the browser's. */
function AriaLocale({ children }: { children: React.ReactNode }) {
  const { i18n } = useTranslation();
  return <I18nProvider locale={i18n.resolvedLanguage === 'es' ? 'es-ES' : 'en-US'}>{children}</I18nProvider>;
}

export function App({ client }: { client: QueryClient }) {
  return (
    <QueryClientProvider client={client}>
      <AriaLocale>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </AriaLocale>
    </QueryClientProvider>
  );
}
