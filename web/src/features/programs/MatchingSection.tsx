import { useTranslation } from 'react-i18next';
import { ExclusionsSection } from '../matching_settings/ExclusionsSection';
import { MatchingSettingsForm } from '../matching_settings/MatchingSettingsForm';
import { MatchRoundsSection } from '../match_rounds/MatchRoundsSection';

/** The coordinator's matching tools on a program's page. */
export function MatchingSection({ org, programId }: { org: string; programId: string }) {
  const { t } = useTranslation();
  return (
    <div className="matching" aria-labelledby="matching-title" role="region">
      <h2 id="matching-title" className="page-section-title">
        {t('matching.title')}
      </h2>
      <MatchRoundsSection org={org} programId={programId} />
      <MatchingSettingsForm org={org} programId={programId} />
      <ExclusionsSection org={org} programId={programId} />
    </div>
  );
}
