import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Enrollment } from '../../api_types';
import { isApiError, patchEnrollment } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { TextInputField } from '../../components/fields/TextInputField';
import { queryKeys } from '../../lib/query_keys';

/** Longest grade or group label (the server's limit). */
export const MAX_COHORT_LABEL = 40;

/** "Grade 9 · Group Robotics", or '' when neither is set. */
export function cohortText(t: (key: string, o?: Record<string, unknown>) => string, e: Pick<Enrollment, 'grade' | 'group'>) {
  return [e.grade && t('cohort.gradeIs', { grade: e.grade }), e.group && t('cohort.groupIs', { group: e.group })]
    .filter(Boolean)
    .join(' · ');
}

/**
 * A participant's grade and group in the program: labels the coordinator sets so that a match
 * round's mentees can be chosen by filters. Empty clears.
 */
export function CohortLabelsDialog({ org, enrollment: e }: { org: string; enrollment: Enrollment }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [grade, setGrade] = useState(e.grade);
  const [group, setGroup] = useState(e.group);
  const mutation = useMutation({
    mutationFn: () => patchEnrollment(org, e.program_id, e.id, { grade: grade.trim(), group: group.trim() }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.enrollmentsOf(org, e.program_id) });
    },
  });
  const server = isApiError(mutation.error) ? mutation.error : undefined;
  return (
    <FormDialog
      opener={{
        label: t('cohort.edit'),
        accessibleLabel: t('cohort.editNamed', { name: e.person_name }),
        tone: 'secondary',
      }}
      title={t('cohort.title', { name: e.person_name })}
      description={t('cohort.help')}
      submitLabel={t('common.save')}
      submission={mutation}
      onSubmit={(close) => mutation.mutate(undefined, { onSuccess: close })}
      onClosed={() => {
        setGrade(e.grade);
        setGroup(e.group);
      }}
    >
      <div className="form-grid">
        <TextInputField
          label={t('cohort.grade')}
          value={grade}
          onChange={setGrade}
          maxLength={MAX_COHORT_LABEL}
          error={server?.fieldError('grade')}
        />
        <TextInputField
          label={t('cohort.group')}
          value={group}
          onChange={setGroup}
          maxLength={MAX_COHORT_LABEL}
          error={server?.fieldError('group')}
        />
      </div>
    </FormDialog>
  );
}
