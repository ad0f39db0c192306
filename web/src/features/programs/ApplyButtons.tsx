import { useTranslation } from 'react-i18next';
import type { Program } from '../../api_types';
import { getMyEnrollments } from '../../api';
import { useCurrentUser } from '../../auth/session';
import { isMember } from '../../lib/roles';
import { queryKeys } from '../../lib/query_keys';
import { useAllPages } from '../../lib/use_paged_list';
import { ApplyDialog } from './ApplyDialog';
import { placesIn } from './my_place';

/**
 * The member's place in the program, per role: "You are a mentee here" / "Your application is
 * waiting" where they hold or wait for a role, and "Apply as …" (while the program is open) only
 * for the roles they do not hold.
 */
export function ApplyButtons({ program, org }: { program: Program; org: string }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const member = isMember(user, org);
  const enrollments = useAllPages({ queryKey: queryKeys.myEnrollments(), load: getMyEnrollments, enabled: member });
  // Until the person's places are known, offer nothing rather than an "Apply" that may be wrong.
  if (!member || enrollments.isPending) return null;
  const places = placesIn(enrollments.data ?? [], program.id);
  const held = places.filter(([, place]) => place !== 'none');
  const open = program.status === 'open' ? places.filter(([, place]) => place === 'none') : [];
  if (held.length === 0 && open.length === 0) return null;
  return (
    <>
      {held.map(([role, place]) => (
        <p key={role} className="my-place">
          <strong>{t(`myPlace.${place}.${role}`)}</strong>
        </p>
      ))}
      {open.length > 0 && (
        <div className="button-row" role="group" aria-label={t('apply.groupLabel', { program: program.name })}>
          {open.map(([role]) => (
            <ApplyDialog key={role} program={program} org={org} role={role} />
          ))}
        </div>
      )}
    </>
  );
}
