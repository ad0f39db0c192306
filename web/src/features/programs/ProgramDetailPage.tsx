import { useEffect } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getProgram } from '../../api';
import { useCurrentUser } from '../../auth/session';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDay } from '../../lib/format';
import { queryKeys } from '../../lib/query_keys';
import { canManagePrograms } from '../../lib/roles';
import { useOrganisationName } from '../../lib/use_organisation_name';
import { FindMentorSection } from '../find_mentor/FindMentorSection';
import { MatchingSection } from './MatchingSection';
import { ApplyButtons } from './ApplyButtons';
import { ParticipantsSection } from './ParticipantsSection';
import { PausedRelationshipsSection } from './PausedRelationshipsSection';
import { WatchWordsSection } from '../messages/WatchWordsSection';
import { ProgramAgreementSection } from '../agreements/ProgramAgreementSection';
import { ProgramPlanTemplateSection } from '../plans/ProgramPlanTemplateSection';
import { ProgramCounts } from './ProgramCounts';
import { ProgramDates } from './ProgramDates';
import { ProgramInviteForm } from './ProgramInviteForm';

export function ProgramDetailPage() {
  const { t, i18n } = useTranslation();
  const { org = '', id = '' } = useParams();
  const user = useCurrentUser();
  const orgName = useOrganisationName(org);
  const manager = canManagePrograms(user, org);
  const program = useQuery({ queryKey: queryKeys.program(org, id), queryFn: () => getProgram(org, id) });
  const listPath = `/orgs/${encodeURIComponent(org)}/programs`;
  // A link to a section (the work queue's "#participants-title") scrolls to it once it is there.
  const { hash } = useLocation();
  useEffect(() => {
    if (program.isSuccess && hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [program.isSuccess, hash]);

  if (program.isPending) {
    return (
      <>
        <PageHeader eyebrow={orgName} title={t('programs.detailTitle')} />
        <LoadingState />
      </>
    );
  }
  if (program.isError) {
    return (
      <>
        <PageHeader eyebrow={orgName} title={t('programs.detailTitle')} />
        <ErrorState error={program.error} onRetry={() => void program.refetch()} />
      </>
    );
  }
  const p = program.data;
  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <Link to={listPath}>{t('programs.title')}</Link>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">{p.name}</span>
      </nav>
      <PageHeader
        eyebrow={orgName}
        title={p.name}
        actions={
          manager && (
            <Link className="button button--secondary" to={`${listPath}/${encodeURIComponent(p.id)}/edit`}>
              {t('programs.edit')}
            </Link>
          )
        }
      />
      <div className="grid grid--sidebar">
        <section className="card" aria-labelledby="about-title">
          <h2 id="about-title" className="section-title">
            {t('programs.about')}
          </h2>
          {p.description ? (
            <p className="prose">{p.description}</p>
          ) : (
            <p className="muted">{t('programs.noDescription')}</p>
          )}
          <ApplyButtons program={p} org={org} />
        </section>
        <aside className="card" aria-labelledby="facts-title">
          <h2 id="facts-title" className="section-title">
            {t('programs.facts')}
          </h2>
          <dl className="summary-list">
            <div>
              <dt>{t('programForm.status')}</dt>
              <dd>
                <StatusBadge kind="program" status={p.status} />
              </dd>
            </div>
            <div>
              <dt>{t('programForm.type')}</dt>
              <dd>{t(`programTypes.${p.type}`)}</dd>
            </div>
            <div>
              <dt>{t('programForm.audience')}</dt>
              <dd>{t(`audiences.${p.audience}`)}</dd>
            </div>
            <div>
              <dt>{t('programs.dates.label')}</dt>
              <dd>
                <ProgramDates program={p} />
              </dd>
            </div>
            <div>
              <dt>{t('programForm.capacity')}</dt>
              <dd>{p.default_mentor_capacity}</dd>
            </div>
            <div>
              <dt>{t('programForm.requiresApproval')}</dt>
              <dd>{p.requires_approval ? t('common.yes') : t('common.no')}</dd>
            </div>
            <div>
              <dt>{t('programs.created')}</dt>
              <dd>{formatDay(p.created_at, i18n.language)}</dd>
            </div>
          </dl>
          <ProgramCounts counts={p.counts} showPending={manager} />
        </aside>
      </div>
      {manager && (
        <>
          <ProgramInviteForm org={org} program={p} />
          <ParticipantsSection org={org} program={p} />
          <PausedRelationshipsSection org={org} programId={p.id} />
          {p.audience === 'youth' && <WatchWordsSection org={org} programId={p.id} />}
          <ProgramAgreementSection org={org} programId={p.id} />
          <ProgramPlanTemplateSection org={org} programId={p.id} />
          <MatchingSection org={org} programId={p.id} />
        </>
      )}
      <FindMentorSection org={org} program={p} />
    </>
  );
}
