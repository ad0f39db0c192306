import { useTranslation } from 'react-i18next';

/**
 * The safeguarding rules a youth program runs under (domain/safeguarding.h decides them on the
 * server): shown in the program's settings so a coordinator knows what the audience implies.
 */
export function YouthSafeguardingPanel() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="youth-safeguarding-title">
      <h2 id="youth-safeguarding-title" className="section-title">
        {t('youthSafeguarding.title')}
      </h2>
      <p>{t('youthSafeguarding.lead')}</p>
      <ul aria-labelledby="youth-safeguarding-title">
        <li>{t('youthSafeguarding.screening')}</li>
        <li>{t('youthSafeguarding.training')}</li>
        <li>{t('youthSafeguarding.minors')}</li>
        <li>{t('youthSafeguarding.paused')}</li>
      </ul>
    </section>
  );
}
