import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/StatusBadge';
import { ExplanationList } from '../../components/ExplanationList';
import { RequestDialog, type RecommendationProps } from './RequestDialog';

export function RecommendationCard(props: RecommendationProps) {
  const r = props.recommendation;
  const { t } = useTranslation();
  const headingId = `rec-${r.mentor_id}`;
  return (
    <article className="card recommendation" aria-labelledby={headingId}>
      <div className="recommendation__head">
        <h3 id={headingId} className="recommendation__name">
          {r.name}
        </h3>
        <span className="score-pill">{t('findMentor.score', { score: r.score })}</span>
      </div>
      {r.headline && <p className="recommendation__headline">{r.headline}</p>}
      <div className="badge-list">
        {r.outside_organisation && <Badge tone="info">{t('findMentor.outside')}</Badge>}
        <Badge tone="neutral">{t('findMentor.capacity', { count: r.remaining_capacity })}</Badge>
      </div>
      <h4 className="recommendation__why">{t('findMentor.why')}</h4>
      <ExplanationList
        reasons={r.reasons}
        reader={{ side: 'mentee', mentorName: r.name }}
        label={t('findMentor.whyNamed', { name: r.name })}
      />
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
