import { useTranslation } from 'react-i18next';
import type { Reason } from '../api_types';
import { reasonText, type Reader } from '../lib/reasons';

/**
 * A match's reasons as a list, worded for `reader` in the current language, each with its points
 * ("+25"). With `total` (the pair's score), any points the reasons do not name (answers their
 * owners keep for matching only, never shown) appear as one last line, so the list always adds up
 * to the score. `showPoints={false}` lists the reasons alone (the points stay on demand).
 */
export function ExplanationList({
  reasons,
  reader,
  label,
  total,
  showPoints = true,
}: {
  reasons: readonly Reason[];
  reader: Reader;
  label?: string;
  total?: number;
  showPoints?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const named = reasons.map((r) => ({ text: reasonText(t, i18n.language, r, reader), points: r.points }));
  const namedPoints = named.reduce((sum, r) => sum + r.points, 0);
  const unnamed = total !== undefined ? total - namedPoints : 0;
  const items = unnamed > 0 ? [...named, { text: t('matching.unnamedPoints'), points: unnamed }] : named;
  if (items.length === 0) return <span className="muted">{t('matching.noReasons')}</span>;
  return (
    <ul className="reason-list" aria-label={label ?? t('matching.reasons')}>
      {items.map((r, i) => (
        <li key={i} className="reason-list__item">
          <span>{r.text}</span>
          {showPoints && <span className="reason-list__points">{t('matching.points', { points: r.points })}</span>}
        </li>
      ))}
    </ul>
  );
}
