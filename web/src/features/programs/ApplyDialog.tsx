import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Program, ProgramRole } from '../../api_types';
import { applyToProgram } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { TextInputField } from '../../components/fields/TextInputField';
import { useTextDraft } from '../../components/fields/use_text_draft';
import { APPLICATION_MESSAGE_MAX } from '../../lib/limits';
import { queryKeys } from '../../lib/query_keys';

/** A modal application form: role is fixed by the button that opened it; the message is optional. */
export function ApplyDialog({ program, org, role }: { program: Program; org: string; role: ProgramRole }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const message = useTextDraft({ max: APPLICATION_MESSAGE_MAX });
  const mutation = useMutation({
    mutationFn: () => applyToProgram(org, program.id, { role, message: message.value.trim() }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.myEnrollments() });
      void client.invalidateQueries({ queryKey: queryKeys.programs(org) });
      void client.invalidateQueries({ queryKey: queryKeys.program(org, program.id) });
      void client.invalidateQueries({ queryKey: queryKeys.enrollmentsOf(org, program.id) });
    },
  });

  return (
    <FormDialog
      opener={{
        label: t(`apply.as.${role}`),
        accessibleLabel: t(`apply.asNamed.${role}`, { program: program.name }),
        tone: 'secondary',
      }}
      title={t(`apply.title.${role}`, { program: program.name })}
      description={program.requires_approval ? t('apply.needsApproval') : t('apply.immediate')}
      submitLabel={t('apply.submit')}
      submission={mutation}
      done={{
        title: t('apply.doneTitle'),
        message: mutation.data?.status === 'pending' ? t('apply.donePending') : t('apply.doneActive'),
      }}
      onSubmit={() => message.check() && mutation.mutate()}
      onClosed={message.reset}
    >
      <TextInputField
        label={t('apply.message')}
        description={t('apply.messageHelp')}
        multiline
        rows={4}
        {...message.field}
      />
    </FormDialog>
  );
}
