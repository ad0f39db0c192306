import { useTranslation } from 'react-i18next';
import type { BackgroundField, Visibility } from '../../api_types';
import { BACKGROUND_FIELDS, VISIBILITIES } from '../../api_types';
import { SelectField } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';
import { FormSection } from './FormSection';
import type { BackgroundDraft } from './profile_draft';
import type { SectionProps } from './section_props';

/** `fields`: the questions that apply to this person (adult-only ones are not asked of minors). */
export function BackgroundSection({
  draft,
  update,
  fields = BACKGROUND_FIELDS,
}: SectionProps & { fields?: readonly BackgroundField[] }) {
  const { t } = useTranslation();
  const setField = (field: BackgroundField, patch: Partial<BackgroundDraft>) =>
    update({ background: { ...draft.background, [field]: { ...draft.background[field], ...patch } } });
  const visibilityOptions = VISIBILITIES.map((v) => ({ value: v, label: t(`visibility.${v}`) }));

  return (
    <FormSection title={t('profile.background.title')} description={t('profile.background.description')}>
      <ul className="row-list">
        {fields.map((field) => (
          <li key={field} className="row-list__item">
            <fieldset className="row-list__fieldset">
              <legend className="row-list__legend">{t(`background.${field}`)}</legend>
              <TextInputField
                className="row-list__grow"
                label={t('profile.background.value')}
                value={draft.background[field].value}
                onChange={(value) => setField(field, { value })}
                description={t(`backgroundHelp.${field}`)}
              />
              <SelectField
                label={t('profile.background.visibility')}
                value={draft.background[field].visibility}
                onChange={(v) => setField(field, { visibility: v as Visibility })}
                options={visibilityOptions}
              />
            </fieldset>
          </li>
        ))}
      </ul>
      <dl className="legend-list">
        {VISIBILITIES.map((v) => (
          <div key={v}>
            <dt>{t(`visibility.${v}`)}</dt>
            <dd>{t(`visibilityHelp.${v}`)}</dd>
          </div>
        ))}
      </dl>
    </FormSection>
  );
}
