import type { Me } from '../../api_types';
import { staffMemberships } from './staff_orgs';
import { WorkQueueCard } from './WorkQueueCard';

/** The home of someone who runs programs: one work queue per organisation they coordinate. */
export function CoordinatorHome({ user }: { user: Me }) {
  const orgs = staffMemberships(user);
  if (orgs.length === 0) return null;
  return (
    <>
      {orgs.map((m) => (
        <WorkQueueCard key={m.organisation_id} membership={m} />
      ))}
    </>
  );
}
