import { Button } from 'react-aria-components';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Relationship } from '../../api_types';
import { listPausedRelationships, resumeRelationship } from '../../api';
import { InlineError } from '../../components/ErrorAlert';
import { ListFooter } from '../../components/ListFooter';
import { QueryStates } from '../../components/QueryStates';
import { queryKeys } from '../../lib/query_keys';
import { usePagedList } from '../../lib/use_paged_list';

/** Coordinators: matches paused by youth safeguarding, each with a Resume action. */
export function PausedRelationshipsSection({ org, programId }: { org: string; programId: string }) {
  const { t } = useTranslation();
  const paused = usePagedList({
    queryKey: queryKeys.pausedRelationships(org, programId),
    load: (page) => listPausedRelationships(org, programId, page),
  });
  return (
    <section className="card" aria-labelledby="paused-title">
      <h2 id="paused-title" className="section-title">
        {t('safeguarding.pausedTitle')}
      </h2>
      <p className="muted">{t('safeguarding.pausedLead')}</p>
      <QueryStates
        query={paused}
        isEmpty={paused.items.length === 0}
        emptyTitle={t('safeguarding.nonePaused')}
        emptyHelp={t('safeguarding.nonePausedHelp')}
      >
        <ul className="stack-list" aria-label={t('safeguarding.pausedTitle')}>
          {paused.items.map((r) => (
            <PausedRow key={r.id} org={org} programId={programId} relationship={r} />
          ))}
        </ul>
        <ListFooter list={paused} />
      </QueryStates>
    </section>
  );
}

function PausedRow({ org, programId, relationship: r }: { org: string; programId: string; relationship: Relationship }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const resume = useMutation({
    mutationFn: () => resumeRelationship(org, r.id),
    onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.pausedRelationships(org, programId) }),
  });
  const pair = t('safeguarding.pair', { mentee: r.mentee_name, mentor: r.mentor_name });
  return (
    <li className="stack-list__item">
      <div className="stack-list__main">
        <span className="stack-list__title">{pair}</span>
        <InlineError error={resume.error} />
      </div>
      <div className="stack-list__actions">
        <Button
        className="button button--secondary button--small"
        isDisabled={resume.isPending}
        onPress={() => resume.mutate()}
        aria-label={t('safeguarding.resumeName', { pair })}
      >
          {t('safeguarding.resume')}
        </Button>
      </div>
    </li>
  );
}
