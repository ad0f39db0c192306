import { useTranslation } from 'react-i18next';
import type { ProgramCounts as Counts } from '../../api_types';

export function ProgramCounts({ counts, showPending }: { counts: Counts; showPending: boolean }) {
  const { t } = useTranslation();
  return (
    <dl className="counts">
      <div>
        <dt>{t('programs.counts.mentors')}</dt>
        <dd>{counts.mentors}</dd>
      </div>
      <div>
        <dt>{t('programs.counts.mentees')}</dt>
        <dd>{counts.mentees}</dd>
      </div>
      {showPending && (
        <div>
          <dt>{t('programs.counts.pending')}</dt>
          <dd>{counts.pending}</dd>
        </div>
      )}
    </dl>
  );
}
