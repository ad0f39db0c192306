import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Program, Recommendation } from '../../api_types';
import { requestMentor } from '../../api';
import { Alert } from '../../components/Alert';
import { FormDialog } from '../../components/FormDialog';
import { TextInputField } from '../../components/fields/TextInputField';
import { useTextDraft } from '../../components/fields/use_text_draft';
import { classifyRequestError } from '../../lib/explanation';
import { MAX_OPEN_REQUESTS, REQUEST_MESSAGE_MAX } from '../../lib/limits';
import { queryKeys } from '../../lib/query_keys';

const PROBLEM_TITLES = {
  limit: 'findMentor.limitReached',
  duplicate: 'findMentor.duplicate',
  hasMentor: 'findMentor.hasMentor',
} as const;

/** A recommended mentor in a program, and whether the mentee may not ask for more. */
export interface RecommendationProps {
  org: string;
  program: Program;
  recommendation: Recommendation;
  limitReached: boolean;
}

/** "Request" → a dialog with an optional message to the mentor. */
export function RequestDialog({ org, program, recommendation: r, limitReached }: RecommendationProps) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const message = useTextDraft({ max: REQUEST_MESSAGE_MAX });
  const mutation = useMutation({
    mutationFn: () => requestMentor(org, program.id, r.mentor_id, message.value.trim()),
    onSuccess: () => {
      // Recommendations are refreshed when the dialog closes: refreshing now would replace this
      // card's button (and so unmount the open dialog) with the "Requested" badge.
      void client.invalidateQueries({ queryKey: queryKeys.programRequests(org, program.id) });
      void client.invalidateQueries({ queryKey: queryKeys.sentRequests() });
    },
  });

  const problem = mutation.isError ? classifyRequestError(mutation.error) : 'other';
  return (
    <FormDialog
      opener={{
        label: t('findMentor.request'),
        accessibleLabel: t('findMentor.requestNamed', { name: r.name }),
        tone: 'primary',
      }}
      title={t('findMentor.requestTitle', { name: r.name })}
      submitLabel={t('findMentor.send')}
      submission={mutation}
      errorTitle={problem === 'other' ? undefined : t(PROBLEM_TITLES[problem], { max: MAX_OPEN_REQUESTS })}
      done={{ title: t('findMentor.requestSent'), message: t('findMentor.requestSentHelp', { name: r.name }) }}
      onSubmit={() => message.check() && mutation.mutate()}
      onClosed={() => {
        if (mutation.isSuccess) void client.invalidateQueries({ queryKey: queryKeys.recommendationsOf(org, program.id) });
        message.reset();
      }}
    >
      {limitReached && !mutation.isError && (
        <Alert tone="warning">
          <p>{t('findMentor.limitWarning', { max: MAX_OPEN_REQUESTS })}</p>
        </Alert>
      )}
      <TextInputField
        label={t('findMentor.message')}
        description={t('findMentor.messageHelp')}
        multiline
        rows={4}
        {...message.field}
      />
    </FormDialog>
  );
}
