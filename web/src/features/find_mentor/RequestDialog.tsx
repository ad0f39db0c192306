import { useState, type FormEvent } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Program, Recommendation } from '../../api_types';
import { requestMentor } from '../../api';
import { Alert } from '../../components/Alert';
import { TextInputField } from '../../components/fields/TextInputField';
import { useErrorMessage } from '../../components/use_error_message';
import { classifyRequestError, MAX_OPEN_REQUESTS } from '../../lib/explanation';
import { queryKeys } from '../../lib/query_keys';

const MESSAGE_MAX = 2000;

/** "Request" → a dialog with an optional message to the mentor. */
export function RequestDialog({
  org,
  program,
  recommendation: r,
  limitReached,
}: {
  org: string;
  program: Program;
  recommendation: Recommendation;
  limitReached: boolean;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const errorMessage = useErrorMessage();
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string>();
  const mutation = useMutation({
    mutationFn: () => requestMentor(org, program.id, r.mentor_id, message.trim()),
    onSuccess: () => {
      // Recommendations are refreshed when the dialog closes: refreshing now would replace this
      // card's button (and so unmount the open dialog) with the "Requested" badge.
      void client.invalidateQueries({ queryKey: queryKeys.programRequests(org, program.id) });
    },
  });

  const problem = mutation.isError ? classifyRequestError(mutation.error) : undefined;
  const problemText =
    problem === 'limit'
      ? t('findMentor.limitReached', { max: MAX_OPEN_REQUESTS })
      : problem === 'duplicate'
        ? t('findMentor.duplicate')
        : problem === 'hasMentor'
          ? t('findMentor.hasMentor')
          : undefined;

  const onSubmit = (e: FormEvent, close: () => void) => {
    e.preventDefault();
    if (mutation.isSuccess) return close();
    if (message.length > MESSAGE_MAX) return setError(t('validation.maxLength', { max: MESSAGE_MAX }));
    setError(undefined);
    mutation.mutate();
  };

  return (
    <DialogTrigger
      onOpenChange={(open) => {
        if (!open) {
          if (mutation.isSuccess) void client.invalidateQueries({ queryKey: queryKeys.recommendationsOf(org, program.id) });
          mutation.reset();
          setMessage('');
          setError(undefined);
        }
      }}
    >
      <Button className="button button--primary button--small" aria-label={t('findMentor.requestNamed', { name: r.name })}>
        {t('findMentor.request')}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            {({ close }) => (
              <form onSubmit={(e) => onSubmit(e, close)} className="form" noValidate>
                <Heading slot="title" className="dialog__title">
                  {t('findMentor.requestTitle', { name: r.name })}
                </Heading>
                {mutation.isSuccess ? (
                  <Alert tone="success" title={t('findMentor.requestSent')}>
                    <p>{t('findMentor.requestSentHelp', { name: r.name })}</p>
                  </Alert>
                ) : (
                  <>
                    {limitReached && !mutation.isError && (
                      <Alert tone="warning">
                        <p>{t('findMentor.limitWarning', { max: MAX_OPEN_REQUESTS })}</p>
                      </Alert>
                    )}
                    {mutation.isError && (
                      <Alert tone="error" title={problemText}>
                        <p>{errorMessage(mutation.error)}</p>
                      </Alert>
                    )}
                    <TextInputField
                      label={t('findMentor.message')}
                      description={t('findMentor.messageHelp')}
                      multiline
                      rows={4}
                      value={message}
                      onChange={setMessage}
                      error={error}
                    />
                  </>
                )}
                <div className="dialog__actions">
                  {mutation.isSuccess ? (
                    <Button className="button button--primary" onPress={close}>
                      {t('common.close')}
                    </Button>
                  ) : (
                    <>
                      <Button className="button button--ghost" onPress={close}>
                        {t('common.cancel')}
                      </Button>
                      <Button type="submit" className="button button--primary" isDisabled={mutation.isPending}>
                        {t('findMentor.send')}
                      </Button>
                    </>
                  )}
                </div>
              </form>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
