import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useCurrentUser } from '../auth/session';
import { isMember } from '../lib/roles';

/** A link into an organisation's pages for its members; only the text for anyone else. */
export function MemberLink({ org, to, children }: { org: string; to: string; children: ReactNode }) {
  const user = useCurrentUser();
  return isMember(user, org) ? <Link to={to}>{children}</Link> : <>{children}</>;
}
