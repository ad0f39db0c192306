import { useState, type FormEvent } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Program, ProgramRole } from '../../api_types';
import { applyToProgram } from '../../api';
import { Alert } from '../../components/Alert';
import { TextInputField } from '../../components/fields/TextInputField';
import { useErrorMessage } from '../../components/use_error_message';
import { queryKeys } from '../../lib/query_keys';

const MESSAGE_MAX = 2000;

/** A modal application form: role is fixed by the button that opened it; the message is optional. */
export function ApplyDialog({ program, org, role }: { program: Program; org: string; role: ProgramRole }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const errorMessage = useErrorMessage();
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string>();
  const mutation = useMutation({
    mutationFn: () => applyToProgram(org, program.id, { role, message: message.trim() }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.myEnrollments() });
      void client.invalidateQueries({ queryKey: queryKeys.programs(org) });
      void client.invalidateQueries({ queryKey: queryKeys.program(org, program.id) });
      void client.invalidateQueries({ queryKey: queryKeys.enrollmentsOf(org, program.id) });
    },
  });

  const onOpenChange = (open: boolean) => {
    if (!open) {
      mutation.reset();
      setMessage('');
      setError(undefined);
    }
  };

  const onSubmit = (e: FormEvent, close: () => void) => {
    e.preventDefault();
    if (mutation.isSuccess) return close();
    if (message.length > MESSAGE_MAX) return setError(t('validation.maxLength', { max: MESSAGE_MAX }));
    setError(undefined);
    mutation.mutate();
  };

  return (
    <DialogTrigger onOpenChange={onOpenChange}>
      <Button
        className="button button--secondary button--small"
        aria-label={t(`apply.asNamed.${role}`, { program: program.name })}
      >
        {t(`apply.as.${role}`)}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            {({ close }) => (
              <form onSubmit={(e) => onSubmit(e, close)} className="form" noValidate>
                <Heading slot="title" className="dialog__title">
                  {t(`apply.title.${role}`, { program: program.name })}
                </Heading>
                {mutation.isSuccess ? (
                  <Alert tone="success" title={t('apply.doneTitle')}>
                    <p>
                      {mutation.data.status === 'pending' ? t('apply.donePending') : t('apply.doneActive')}
                    </p>
                  </Alert>
                ) : (
                  <>
                    <p className="muted">
                      {program.requires_approval ? t('apply.needsApproval') : t('apply.immediate')}
                    </p>
                    {mutation.isError && (
                      <Alert tone="error">
                        <p>{errorMessage(mutation.error)}</p>
                      </Alert>
                    )}
                    <TextInputField
                      label={t('apply.message')}
                      multiline
                      rows={4}
                      value={message}
                      onChange={setMessage}
                      error={error}
                      description={t('apply.messageHelp')}
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
                        {t('apply.submit')}
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
