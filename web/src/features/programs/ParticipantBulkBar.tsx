import { Button } from 'react-aria-components';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Enrollment } from '../../api_types';
import { bulkApproveEnrollments, bulkSetEnrollmentChecks } from '../../api';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CheckboxField } from '../../components/fields/CheckboxField';
import { queryKeys } from '../../lib/query_keys';

type BulkAction = 'approve' | 'screening' | 'training';

/** Which of the selected rows an action applies to: pending applications, or mentors. */
export function bulkTargets(rows: readonly Enrollment[], selected: ReadonlySet<string>, action: BulkAction): string[] {
  return rows
    .filter((e) => selected.has(e.id))
    .filter((e) => (action === 'approve' ? e.status === 'pending' : e.role === 'mentor'))
    .map((e) => e.id);
}

/**
 * Above the participants table: select every row on the page, and act on the selected rows in one
 * request each (all or nothing on the server): approve the pending applications among them, or
 * record screening or training for the mentors among them.
 */
export function ParticipantBulkBar({
  org,
  programId,
  rows,
  selected,
  onSelect,
}: {
  org: string;
  programId: string;
  rows: readonly Enrollment[];
  selected: ReadonlySet<string>;
  onSelect: (ids: Set<string>) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const mutation = useMutation({
    mutationFn: ({ action, ids }: { action: BulkAction; ids: string[] }) =>
      action === 'approve'
        ? bulkApproveEnrollments(org, programId, ids)
        : bulkSetEnrollmentChecks(org, programId, ids, action === 'screening' ? { screening_cleared: true } : { training_complete: true }),
    onSuccess: () => {
      onSelect(new Set());
      void client.invalidateQueries({ queryKey: queryKeys.enrollmentsOf(org, programId) });
      void client.invalidateQueries({ queryKey: queryKeys.program(org, programId) });
      void client.invalidateQueries({ queryKey: queryKeys.programs(org) });
    },
  });
  const allSelected = rows.length > 0 && rows.every((e) => selected.has(e.id));
  const counts = {
    approve: bulkTargets(rows, selected, 'approve'),
    screening: bulkTargets(rows, selected, 'screening'),
    training: bulkTargets(rows, selected, 'training'),
  };
  const run = (action: BulkAction) => mutation.mutate({ action, ids: counts[action] });
  const done = mutation.isSuccess ? mutation.data.items.length : 0;
  return (
    <div className="bulk-bar" role="group" aria-label={t('participantsBulk.label')}>
      <div className="bulk-bar__row">
        <CheckboxField
          label={t('participantsBulk.selectPage', { count: rows.length })}
          isSelected={allSelected}
          isDisabled={rows.length === 0}
          onChange={(on) => onSelect(on ? new Set(rows.map((e) => e.id)) : new Set())}
        />
        <span className="muted" aria-live="polite">
          {t('participantsBulk.selected', { count: selected.size })}
        </span>
      </div>
      {selected.size > 0 && (
        <div className="button-row">
          <Button
            className="button button--primary button--small"
            isDisabled={mutation.isPending || counts.approve.length === 0}
            onPress={() => run('approve')}
          >
            {t('participantsBulk.approve', { count: counts.approve.length })}
          </Button>
          <Button
            className="button button--secondary button--small"
            isDisabled={mutation.isPending || counts.screening.length === 0}
            onPress={() => run('screening')}
          >
            {t('participantsBulk.screening', { count: counts.screening.length })}
          </Button>
          <Button
            className="button button--secondary button--small"
            isDisabled={mutation.isPending || counts.training.length === 0}
            onPress={() => run('training')}
          >
            {t('participantsBulk.training', { count: counts.training.length })}
          </Button>
        </div>
      )}
      <ErrorAlert error={mutation.error} title={t('participantsBulk.failed')} />
      {mutation.isSuccess && selected.size === 0 && <Alert tone="success" title={t('participantsBulk.done', { count: done })} />}
    </div>
  );
}
