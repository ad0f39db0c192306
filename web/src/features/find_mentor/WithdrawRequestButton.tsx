import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';

/** A mentee's Withdraw for a pending request to `mentorName`, after a confirmation. */
export function WithdrawRequestButton({
  mentorName,
  isPending,
  onConfirm,
}: {
  mentorName: string;
  isPending: boolean;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="stack-list__actions">
      <ConfirmButton
        label={t('findMentor.withdraw')}
        accessibleLabel={t('findMentor.withdrawNamed', { name: mentorName })}
        title={t('findMentor.withdrawTitle')}
        body={t('findMentor.withdrawBody', { name: mentorName })}
        confirmLabel={t('findMentor.withdraw')}
        isPending={isPending}
        onConfirm={onConfirm}
      />
    </div>
  );
}
