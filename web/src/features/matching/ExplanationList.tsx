import { useTranslation } from 'react-i18next';
import { splitExplanation, type ExplanationItem } from '../../lib/explanation';

/**
 * A match's reasons as a list, each with its points ("+25"). With `total` (the pair's score), any
 * points the reasons do not name (answers their owners keep for matching only, never shown)
 * appear as one last line, so the list always adds up to the score.
 */
export function ExplanationList({
  text,
  items,
  label,
  total,
}: {
  text?: string;
  items?: ExplanationItem[];
  label?: string;
  total?: number;
}) {
  const { t } = useTranslation();
  const named = items ?? splitExplanation(text ?? '');
  const namedPoints = named.reduce((sum, r) => sum + (r.points ?? 0), 0);
  const unnamed = total !== undefined ? total - namedPoints : 0;
  const reasons = unnamed > 0 ? [...named, { reason: t('matching.unnamedPoints'), points: unnamed }] : named;
  if (reasons.length === 0) return <span className="muted">{t('matching.noReasons')}</span>;
  return (
    <ul className="reason-list" aria-label={label ?? t('matching.reasons')}>
      {reasons.map((r, i) => (
        <li key={i} className="reason-list__item">
          <span>{r.reason}</span>
          {r.points !== undefined && (
            <span className="reason-list__points">{t('matching.points', { points: r.points })}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
