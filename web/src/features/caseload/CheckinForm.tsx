import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { CheckinInput, CheckinWith } from '../../api';
import { InlineError } from '../../components/ErrorAlert';
import { NativeInputField } from '../../components/fields/NativeInputField';
import { SelectField } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';

const WITH: readonly CheckinWith[] = ['both', 'mentee', 'mentor', 'guardian'];
const MAX_NOTES = 5000;
const MAX_FOLLOW_UP = 500;

/** Today's date in UTC, YYYY-MM-DD (check-in days are UTC dates: docs/relationship_health.md). */
export const todayUtc = () => new Date().toISOString().slice(0, 10);

/**
 * Log a check-in: with whom, the day, notes only coordinators read, and an optional follow-up
 * with a due date.
 */
export function CheckinForm({
  label,
  isPending,
  error,
  onSubmit,
  onCancel,
}: {
  label: string;
  isPending: boolean;
  error: unknown;
  onSubmit: (input: CheckinInput) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [withWhom, setWith] = useState<CheckinWith>('both');
  const [heldOn, setHeldOn] = useState(todayUtc);
  const [notes, setNotes] = useState('');
  const [followUp, setFollowUp] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [dueError, setDueError] = useState<string | undefined>();
  return (
    <form
      className="form checkin-form"
      aria-label={label}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const text = followUp.trim();
        if (text && !dueDate) {
          setDueError(t('caseload.form.dueRequired'));
          return;
        }
        setDueError(undefined);
        onSubmit({
          with: withWhom,
          held_on: heldOn || undefined,
          notes,
          follow_ups: text ? [{ text, due_date: dueDate }] : [],
        });
      }}
    >
      <SelectField
        label={t('caseload.form.with')}
        value={withWhom}
        onChange={(v) => setWith(v as CheckinWith)}
        options={WITH.map((w) => ({ value: w, label: t(`caseload.with.${w}`) }))}
      />
      <NativeInputField label={t('caseload.form.heldOn')} type="date" value={heldOn} max={todayUtc()} onChange={setHeldOn} isRequired />
      <TextInputField
        label={t('caseload.form.notes')}
        description={t('caseload.form.notesPrivate')}
        value={notes}
        onChange={setNotes}
        multiline
        rows={3}
        maxLength={MAX_NOTES}
      />
      <TextInputField label={t('caseload.form.followUp')} value={followUp} onChange={setFollowUp} maxLength={MAX_FOLLOW_UP} />
      <NativeInputField label={t('caseload.form.due')} type="date" value={dueDate} onChange={setDueDate} error={dueError} />
      <InlineError error={error} />
      <div className="meeting-actions">
        <Button type="submit" className="button button--primary button--small" isDisabled={isPending}>
          {t('caseload.form.submit')}
        </Button>
        <Button className="button button--secondary button--small" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
