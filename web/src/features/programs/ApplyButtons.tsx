import { useTranslation } from 'react-i18next';
import type { Program } from '../../api_types';
import { PROGRAM_ROLES } from '../../api_types';
import { useCurrentUser } from '../../auth/session';
import { isMember } from '../../lib/roles';
import { ApplyDialog } from './ApplyDialog';

/** "Apply as mentor" / "Apply as mentee" for members while the program is open. */
export function ApplyButtons({ program, org }: { program: Program; org: string }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (program.status !== 'open' || !isMember(user, org)) return null;
  return (
    <div className="button-row" role="group" aria-label={t('apply.groupLabel', { program: program.name })}>
      {PROGRAM_ROLES.map((role) => (
        <ApplyDialog key={role} program={program} org={org} role={role} />
      ))}
    </div>
  );
}
