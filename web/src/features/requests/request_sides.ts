// Which sides of mentor requests a person sees: those they sent (as a mentee) and those sent to
// them (as a mentor), from the roles they hold. Someone with neither role sees both, empty.
import type { Me } from '../../api_types';
import { allRoles } from '../../lib/roles';

export interface RequestSides {
  sent: boolean;
  received: boolean;
}

export function requestSides(user: Me): RequestSides {
  const roles = allRoles(user);
  const sent = roles.includes('mentee');
  const received = roles.includes('mentor');
  return sent || received ? { sent, received } : { sent: true, received: true };
}
