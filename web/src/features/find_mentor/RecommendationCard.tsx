import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/StatusBadge';
import { ExplanationList } from '../../components/ExplanationList';
import { RequestDialog, type RecommendationProps } from './RequestDialog';

export function RecommendationCard(props: RecommendationProps) {
  const r = props.recommendation;
  const { t } = useTranslation();
  const [showPoints, setShowPoints] = useState(false);
  const headingId = `rec-${r.mentor_id}`;
  const reasonsId = `rec-${r.mentor_id}-reasons`;
  return (
    <article className="card recommendation" aria-labelledby={headingId}>
      <div className="recommendation__head">
        <h3 id={headingId} className="recommendation__name">
          {r.name}
        </h3>
        <span className={`score-pill score-pill--${r.fit}`}>{t(`findMentor.fit.${r.fit}`)}</span>
      </div>
      {r.headline && <p className="recommendation__headline">{r.headline}</p>}
      <div className="badge-list">
        {r.outside_organisation && <Badge tone="info">{t('findMentor.outside')}</Badge>}
        <Badge tone="neutral">{t('findMentor.capacity', { count: r.remaining_capacity })}</Badge>
      </div>
      <div className="recommendation__why-head">
        <h4 className="recommendation__why">{t('findMentor.why')}</h4>
        <button
          type="button"
          className="button button--ghost button--small"
          aria-pressed={showPoints}
          aria-controls={reasonsId}
          onClick={() => setShowPoints((v) => !v)}
        >
          {t('findMentor.showPoints')}
        </button>
      </div>
      <div id={reasonsId}>
        <ExplanationList
          reasons={r.reasons}
          reader={{ side: 'mentee', mentorName: r.name }}
          label={t('findMentor.whyNamed', { name: r.name })}
          showPoints={showPoints}
        />
        {showPoints && <p className="muted">{t('findMentor.totalPoints', { score: r.score })}</p>}
      </div>
      <div className="recommendation__actions">
        {r.requested ? (
          <Badge tone="warning">{t('findMentor.requested')}</Badge>
        ) : (
          <RequestDialog {...props} />
        )}
      </div>
    </article>
  );
}
