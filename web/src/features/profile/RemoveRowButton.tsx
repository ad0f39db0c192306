import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

export function RemoveRowButton({ label, onPress }: { label: string; onPress: () => void }) {
  const { t } = useTranslation();
  return (
    <Button className="button button--ghost button--danger row-list__remove" aria-label={label} onPress={onPress}>
      {t('common.remove')}
    </Button>
  );
}
