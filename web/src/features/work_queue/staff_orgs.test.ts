import { describe, expect, it } from 'vitest';
import type { Me, Role } from '../../api_types';
import { showsParticipantHome, staffMemberships } from './staff_orgs';

function user(rolesByOrg: Role[][], isPlatformAdmin = false): Me {
  return {
    id: 'u1',
    email: 'u1@example.org',
    name: 'U One',
    locale: 'en',
    is_platform_admin: isPlatformAdmin,
    memberships: rolesByOrg.map((roles, i) => ({
      organisation_id: `o${i}`,
      organisation_name: `Org ${i}`,
      organisation_kind: 'school',
      roles,
    })),
  };
}

describe('the home chosen by roles', () => {
  it('a coordinator or admin gets the work queue of each organisation they run, and no participant home', () => {
    const coordinator = user([['coordinator'], ['org_admin'], ['mentee']]);
    expect(staffMemberships(coordinator).map((m) => m.organisation_id)).toEqual(['o0', 'o1']);
    expect(showsParticipantHome(user([['coordinator'], ['org_admin']]))).toBe(false);
  });

  it('someone who both runs and takes part sees both', () => {
    const both = user([['coordinator', 'mentor']]);
    expect(staffMemberships(both)).toHaveLength(1);
    expect(showsParticipantHome(both)).toBe(true);
  });

  it('participants, new accounts and platform admins keep the participant home', () => {
    expect(showsParticipantHome(user([['mentee']]))).toBe(true);
    expect(showsParticipantHome(user([]))).toBe(true);
    expect(showsParticipantHome(user([[]], true))).toBe(true);
    expect(staffMemberships(user([['mentor']]))).toEqual([]);
  });
});
