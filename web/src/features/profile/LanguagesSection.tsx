import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ChipList } from '../../components/fields/ChipList';
import { SelectField } from '../../components/fields/SelectField';
import { languageName } from '../../lib/format';
import { FormSection } from './FormSection';
import { LANGUAGE_CODES } from './language_codes';
import type { SectionProps } from './section_props';

export function LanguagesSection({ draft, update, errorFor }: SectionProps) {
  const { t, i18n } = useTranslation();
  const [choice, setChoice] = useState('');
  const name = (code: string) => languageName(code, i18n.language);
  const options = LANGUAGE_CODES.filter((c) => !draft.languages.includes(c))
    .map((c) => ({ value: c, label: name(c) }))
    .sort((a, b) => a.label.localeCompare(b.label, i18n.language));

  const add = () => {
    if (choice && !draft.languages.includes(choice)) update({ languages: [...draft.languages, choice] });
    setChoice('');
  };

  return (
    <FormSection title={t('profile.languages.title')} description={t('profile.languages.description')}>
      <ChipList
        label={t('profile.languages.title')}
        items={draft.languages}
        renderLabel={name}
        onRemove={(index) => update({ languages: draft.languages.filter((_, i) => i !== index) })}
      />
      {draft.languages.length === 0 && <p className="muted">{t('profile.languages.empty')}</p>}
      <div className="inline-add">
        <SelectField
          className="inline-add__field"
          label={t('profile.languages.add')}
          value={choice}
          onChange={setChoice}
          options={[{ value: '', label: t('profile.languages.choose') }, ...options]}
          error={errorFor('languages')}
        />
        <Button className="button button--secondary" onPress={add} isDisabled={!choice}>
          {t('profile.languages.addButton')}
        </Button>
      </div>
    </FormSection>
  );
}
