import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

/** A destructive action behind a confirmation dialog (react-aria alertdialog). */
export function ConfirmButton({
  label,
  accessibleLabel,
  title,
  body,
  confirmLabel,
  isPending,
  isDisabled,
  tone = 'danger',
  size = 'small',
  onConfirm,
}: {
  label: string;
  accessibleLabel?: string;
  title: string;
  body: string;
  confirmLabel: string;
  isPending?: boolean;
  isDisabled?: boolean;
  /** Danger for destructive actions; primary for weighty but constructive ones (publish). */
  tone?: 'danger' | 'primary';
  size?: 'small' | 'normal';
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  return (
    <DialogTrigger>
      <Button
        className={`button button--${tone}${size === 'small' ? ' button--small' : ''}`}
        isDisabled={isPending || isDisabled}
        aria-label={accessibleLabel}
      >
        {label}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal modal--small">
          <Dialog className="dialog" role="alertdialog">
            {({ close }) => (
              <>
                <Heading slot="title" className="dialog__title">
                  {title}
                </Heading>
                <p>{body}</p>
                <div className="dialog__actions">
                  <Button className="button button--ghost" onPress={close} autoFocus>
                    {t('common.cancel')}
                  </Button>
                  <Button
                    className={`button button--${tone}`}
                    onPress={() => {
                      onConfirm();
                      close();
                    }}
                  >
                    {confirmLabel}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
