import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Enrollment, Profile } from '../../api_types';
import { getParticipantProfile } from '../../api';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { queryKeys } from '../../lib/query_keys';

/**
 * Opens a participant's profile from their row: what they share with coordinators (the server
 * leaves out private and matching-only answers and a minor's guardian contact).
 */
export function ParticipantProfileDialog({ org, enrollment: e }: { org: string; enrollment: Enrollment }) {
  const { t } = useTranslation();
  return (
    <DialogTrigger>
      <Button className="button button--ghost button--small" aria-label={t('participantProfile.openNamed', { name: e.person_name })}>
        {t('participantProfile.open')}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title" className="dialog__title">
                  {e.person_name}
                </Heading>
                <p className="muted">{t('participantProfile.lead', { name: e.person_name })}</p>
                <ProfileBody org={org} enrollment={e} />
                <div className="dialog__actions">
                  <Button className="button button--primary" onPress={close}>
                    {t('common.close')}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

function ProfileBody({ org, enrollment: e }: { org: string; enrollment: Enrollment }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: queryKeys.participantProfile(org, e.program_id, e.id),
    queryFn: () => getParticipantProfile(org, e.program_id, e.id),
  });
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data.updated_at) return <p>{t('participantProfile.never')}</p>;
  return <ProfileFacts profile={query.data} role={e.role} />;
}

/** The profile as a list of what it says; empty parts are left out. */
export function ProfileFacts({ profile: p, role }: { profile: Profile; role: Enrollment['role'] }) {
  const { t } = useTranslation();
  const level = (n: number) => t(`levels.${n}`);
  const facts: Array<[string, string]> = [];
  const add = (label: string, value: string) => {
    if (value.trim()) facts.push([label, value]);
  };
  add(t('profile.basics.headline'), p.headline);
  add(t('profile.basics.bio'), p.bio);
  add(t('participantProfile.languages'), p.languages.join(', '));
  add(t('profile.basics.timeZone'), p.time_zone);
  if (p.availability_hours_per_month > 0)
    add(t('participantProfile.availability'), t('participantProfile.hours', { count: p.availability_hours_per_month }));
  add(t('profile.skillsTeach.title'), p.skills_teach.map((s) => `${s.skill} (${level(s.level)})`).join(', '));
  add(
    t('profile.skillsLearn.title'),
    p.skills_learn.map((s) => t('participantProfile.learn', { skill: s.skill, from: level(s.current_level), to: level(s.target_level) })).join(', '),
  );
  add(t('profile.interests.title'), p.interests.join(', '));
  add(t('profile.goals.title'), p.goals.map((g) => g.text).join(' · '));
  if (role === 'mentor') add(t('participantProfile.capacity'), String(p.mentor.capacity));
  for (const b of p.background) add(t(`background.${b.field}`), b.value);
  if (p.minor.is_minor) add(t('participantProfile.minor'), t('common.yes'));
  return (
    <dl className="summary-list">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
