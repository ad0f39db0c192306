import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Program } from '../../api_types';
import { useCurrentUser } from '../../auth/session';
import { StatusBadge } from '../../components/StatusBadge';
import { canManagePrograms } from '../../lib/roles';
import { ApplyButtons } from './ApplyButtons';
import { ProgramCounts } from './ProgramCounts';
import { ProgramDates } from './ProgramDates';

export function ProgramCard({ program, org }: { program: Program; org: string }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const base = `/orgs/${encodeURIComponent(org)}/programs/${encodeURIComponent(program.id)}`;
  return (
    <article className="card program-card">
      <div className="program-card__head">
        <h2 className="program-card__title">
          <Link to={base}>{program.name}</Link>
        </h2>
        <StatusBadge kind="program" status={program.status} />
      </div>
      <p className="program-card__meta">
        <span className="tag">{t(`programTypes.${program.type}`)}</span>
        <span className="tag">{t(`audiences.${program.audience}`)}</span>
        {program.requires_approval && <span className="tag">{t('programs.requiresApproval')}</span>}
      </p>
      <ProgramDates program={program} />
      {program.description && <p className="program-card__description">{program.description}</p>}
      <ProgramCounts counts={program.counts} showPending={canManagePrograms(user, org)} />
      <div className="program-card__actions">
        <ApplyButtons program={program} org={org} />
        {canManagePrograms(user, org) && (
          <Link
            className="button button--ghost button--small"
            to={`${base}/edit`}
            aria-label={t('programs.editNamed', { name: program.name })}
          >
            {t('programs.edit')}
          </Link>
        )}
      </div>
    </article>
  );
}
