import { useTranslation } from 'react-i18next';
import { TaxonomyKindPanel } from './TaxonomyKindPanel';

/** Skill and interest terms offered as suggestions in profiles. */
export function TaxonomyManager({ org }: { org: string }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="taxonomy-title">
      <h2 id="taxonomy-title" className="section-title">
        {t('taxonomy.title')}
      </h2>
      <p className="muted">{t('taxonomy.lead')}</p>
      <div className="grid grid--2">
        <TaxonomyKindPanel org={org} kind="skill" />
        <TaxonomyKindPanel org={org} kind="interest" />
      </div>
    </section>
  );
}
