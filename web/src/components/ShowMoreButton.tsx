import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

export function ShowMoreButton({ hidden, onPress }: { hidden: number; onPress: () => void }) {
  const { t } = useTranslation();
  if (hidden <= 0) return null;
  return (
    <Button className="button button--secondary show-more" onPress={onPress}>
      {t('common.showMore', { count: hidden })}
    </Button>
  );
}
