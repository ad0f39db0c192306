import { useTranslation } from 'react-i18next';
import type { EnrollmentFilters, EnrollmentStatus, ProgramRole } from '../../api_types';
import { ENROLLMENT_STATUSES, PROGRAM_ROLES } from '../../api_types';
import { SelectField } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';
import { statusKey } from '../../lib/statuses';

export function ParticipantFilters({
  value,
  onChange,
}: {
  value: EnrollmentFilters;
  onChange: (value: EnrollmentFilters) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="filters" role="search" aria-label={t('participants.filters')}>
      <TextInputField
        className="filters__search"
        type="search"
        label={t('participants.search')}
        value={value.q ?? ''}
        onChange={(q) => onChange({ ...value, q })}
        placeholder={t('participants.searchPlaceholder')}
      />
      <SelectField
        label={t('participants.role')}
        value={value.role ?? ''}
        onChange={(role) => onChange({ ...value, role: role as ProgramRole | '' })}
        options={[
          { value: '', label: t('participants.allRoles') },
          ...PROGRAM_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) })),
        ]}
      />
      <SelectField
        label={t('participants.status')}
        value={value.status ?? ''}
        onChange={(status) => onChange({ ...value, status: status as EnrollmentStatus | '' })}
        options={[
          { value: '', label: t('participants.allStatuses') },
          ...ENROLLMENT_STATUSES.map((s) => ({ value: s, label: t(statusKey('enrollment', s)) })),
        ]}
      />
    </div>
  );
}
