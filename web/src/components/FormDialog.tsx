import { useId, type FormEvent, type ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Alert } from './Alert';
import { ErrorAlert } from './ErrorAlert';

type Tone = 'primary' | 'secondary' | 'danger';

/** The button that opens the dialog. */
export interface DialogOpener {
  label: string;
  /** Names the button for assistive technology when `label` alone is ambiguous ("Decline Ana"). */
  accessibleLabel?: string;
  tone: Tone;
  size?: 'small' | 'normal';
  isDisabled?: boolean;
}

export interface FormDialogProps {
  opener: DialogOpener;
  /** The dialog's heading, and its accessible name. */
  title: string;
  /**
   * What the dialog is about, read out as its description (until done): a muted line under a
   * form's title, the message itself in a confirmation (`role="alertdialog"`).
   */
  description?: string;
  submitLabel: string;
  submitTone?: 'primary' | 'danger';
  /**
   * The submission (a react-query mutation): while pending the submit button is disabled; its
   * error is shown in an alert above the fields; it is reset when the dialog closes.
   */
  submission?: Submission;
  errorTitle?: string;
  /** The fields show the submission's error themselves (a field error): no alert. */
  errorInField?: boolean;
  /** Once the submission succeeded: this takes the fields' place, and "Close" the buttons'. */
  done?: { title: string; message?: string };
  /** A confirmation of a weighty action: an alertdialog whose focus starts on Cancel. */
  role?: 'dialog' | 'alertdialog';
  size?: 'small' | 'normal';
  /** The form was submitted (the page does not reload); `close` closes the dialog. */
  onSubmit: (close: () => void) => void;
  /** The dialog closed, however (Cancel, Escape, a click outside, `close`): forget the fields. */
  onClosed?: () => void;
  /** The fields. */
  children?: ReactNode;
}

/** What the dialog needs to know of its submission; a react-query mutation is one. */
export interface Submission {
  isPending: boolean;
  isSuccess: boolean;
  error: unknown;
  reset: () => void;
}

const buttonClass = (tone: Tone, small: boolean) => `button button--${tone}${small ? ' button--small' : ''}`;

/**
 * Every dialog with a form: the button that opens it, a modal (react-aria: focus moves in and
 * stays there, Escape or a click outside closes it, focus returns to the button), the title and
 * description that label it, the failed submission's alert, the fields, and Cancel / submit
 * (disabled while pending) — or, once done, the success alert and Close. A dialog passes its
 * fields, its checks and its submission; closing resets the submission.
 */
export function FormDialog(props: FormDialogProps) {
  const { opener, title, description, submission, role = 'dialog', onSubmit, onClosed } = props;
  const { t } = useTranslation();
  const descriptionId = useId();
  const confirmation = role === 'alertdialog';
  const done = submission?.isSuccess ? props.done : undefined;
  const error = props.errorInField ? null : submission?.error;

  const submit = (e: FormEvent, close: () => void) => {
    e.preventDefault();
    if (done) return close();
    onSubmit(close);
  };

  return (
    <DialogTrigger
      onOpenChange={(open) => {
        if (open) return;
        onClosed?.();
        submission?.reset();
      }}
    >
      <Button
        className={buttonClass(opener.tone, (opener.size ?? 'small') === 'small')}
        isDisabled={opener.isDisabled}
        aria-label={opener.accessibleLabel}
      >
        {opener.label}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className={props.size === 'small' ? 'modal modal--small' : 'modal'}>
          <Dialog className="dialog" role={role} aria-describedby={description && !done ? descriptionId : undefined}>
            {({ close }) => (
              <form className="form" noValidate onSubmit={(e) => submit(e, close)}>
                <Heading slot="title" className="dialog__title">
                  {title}
                </Heading>
                {done ? (
                  <Alert tone="success" title={done.title}>
                    {done.message && <p>{done.message}</p>}
                  </Alert>
                ) : (
                  <>
                    {description && (
                      <p id={descriptionId} className={confirmation ? undefined : 'muted'}>
                        {description}
                      </p>
                    )}
                    <ErrorAlert error={error} title={props.errorTitle} />
                    {props.children}
                  </>
                )}
                <div className="dialog__actions">
                  {done ? (
                    <Button className="button button--primary" onPress={close}>
                      {t('common.close')}
                    </Button>
                  ) : (
                    <>
                      <Button className="button button--ghost" onPress={close} autoFocus={confirmation}>
                        {t('common.cancel')}
                      </Button>
                      <Button
                        type="submit"
                        className={buttonClass(props.submitTone ?? 'primary', false)}
                        isDisabled={submission?.isPending}
                      >
                        {props.submitLabel}
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
