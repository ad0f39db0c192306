import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

/** A list of removable values (interests, languages, tags). */
export function ChipList({
  items,
  onRemove,
  label,
  renderLabel,
}: {
  items: readonly string[];
  onRemove: (index: number) => void;
  label: string;
  renderLabel?: (item: string) => string;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <ul className="chip-list" aria-label={label}>
      {items.map((item, index) => {
        const text = renderLabel ? renderLabel(item) : item;
        return (
          <li key={`${item}-${index}`} className="chip">
            <span>{text}</span>
            <Button className="chip__remove" aria-label={t('common.removeItem', { item: text })} onPress={() => onRemove(index)}>
              <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
              </svg>
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
