import { FormDialog } from './FormDialog';

/** A destructive action behind a confirmation dialog (an alertdialog: a form without fields). */
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
  return (
    <FormDialog
      role="alertdialog"
      size="small"
      opener={{ label, accessibleLabel, tone, size, isDisabled: isPending || isDisabled }}
      title={title}
      description={body}
      submitLabel={confirmLabel}
      submitTone={tone}
      onSubmit={(close) => {
        onConfirm();
        close();
      }}
    />
  );
}
