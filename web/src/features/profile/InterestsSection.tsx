import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ChipList } from '../../components/fields/ChipList';
import { TermComboBox } from '../../components/fields/TermComboBox';
import { FormSection } from './FormSection';
import type { SuggestingSectionProps } from './section_props';

export function InterestsSection({ draft, update, errorFor, suggestions }: SuggestingSectionProps) {
  const { t } = useTranslation();
  const [term, setTerm] = useState('');
  const available = suggestions.filter((s) => !draft.interests.includes(s.label));

  const add = () => {
    const value = term.trim();
    if (!value) return;
    if (!draft.interests.some((i) => i.toLowerCase() === value.toLowerCase())) {
      update({ interests: [...draft.interests, value] });
    }
    setTerm('');
  };

  return (
    <FormSection title={t('profile.interests.title')} description={t('profile.interests.description')}>
      <ChipList
        label={t('profile.interests.title')}
        items={draft.interests}
        onRemove={(index) => update({ interests: draft.interests.filter((_, i) => i !== index) })}
      />
      {draft.interests.length === 0 && <p className="muted">{t('profile.interests.empty')}</p>}
      <div className="inline-add">
        <TermComboBox
          className="inline-add__field"
          label={t('profile.interests.add')}
          value={term}
          onChange={setTerm}
          suggestions={available}
          error={errorFor('interests')}
          onEnter={add}
        />
        <Button className="button button--secondary" onPress={add} isDisabled={!term.trim()}>
          {t('common.add')}
        </Button>
      </div>
    </FormSection>
  );
}
