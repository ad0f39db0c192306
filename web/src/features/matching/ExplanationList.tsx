import { useTranslation } from 'react-i18next';
import { splitExplanation, type ExplanationItem } from '../../lib/explanation';

/** A match's reasons as a list, each with its points ("+25"). */
export function ExplanationList({ text, items, label }: { text?: string; items?: ExplanationItem[]; label?: string }) {
  const { t } = useTranslation();
  const reasons = items ?? splitExplanation(text ?? '');
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
