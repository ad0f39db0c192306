import { useTranslation } from 'react-i18next';
import { NativeInputField } from '../../components/fields/NativeInputField';
import { SelectField } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';
import { FormSection } from './FormSection';
import { AVAILABILITY_HOURS_MAX, BIO_MAX, HEADLINE_MAX } from '../../lib/limits';
import type { SectionProps } from './section_props';
import { timeZoneOptions } from './time_zones';

/** `knownZones`: the server's time zone names (GET /time-zones), when loaded. */
export function BasicsSection({
  draft,
  update,
  errorFor,
  knownZones,
}: SectionProps & { knownZones?: readonly string[] }) {
  const { t } = useTranslation();
  const zones = timeZoneOptions(draft.time_zone, knownZones);
  return (
    <FormSection title={t('profile.basics.title')} description={t('profile.basics.description')}>
      <div className="form-grid">
        <TextInputField
          label={t('profile.basics.name')}
          autoComplete="name"
          value={draft.name}
          onChange={(name) => update({ name })}
          error={errorFor('name')}
          isRequired
        />
        <TextInputField
          label={t('profile.basics.headline')}
          value={draft.headline}
          onChange={(headline) => update({ headline })}
          error={errorFor('headline')}
          description={t('forms.charCount', { count: draft.headline.length, max: HEADLINE_MAX })}
          placeholder={t('profile.basics.headlinePlaceholder')}
        />
      </div>
      <TextInputField
        label={t('profile.basics.bio')}
        multiline
        rows={5}
        value={draft.bio}
        onChange={(bio) => update({ bio })}
        error={errorFor('bio')}
        description={t('forms.charCount', { count: draft.bio.length, max: BIO_MAX })}
      />
      <div className="form-grid">
        <SelectField
          label={t('profile.basics.timeZone')}
          value={draft.time_zone}
          onChange={(time_zone) => update({ time_zone })}
          options={[
            { value: '', label: t('profile.basics.timeZoneChoose') },
            ...zones.map((z) => ({ value: z, label: z.replace(/_/g, ' ') })),
          ]}
          error={errorFor('time_zone')}
          isRequired
        />
        <NativeInputField
          label={t('profile.basics.availability')}
          type="number"
          min={0}
          max={AVAILABILITY_HOURS_MAX}
          value={draft.availability_hours_per_month}
          onChange={(v) => update({ availability_hours_per_month: v })}
          error={errorFor('availability_hours_per_month')}
          description={t('profile.basics.availabilityHelp', { max: AVAILABILITY_HOURS_MAX })}
        />
      </div>
    </FormSection>
  );
}
