import { describe, expect, it } from 'vitest';
import type { Enrollment, Me, Relationship, Role } from '../../api_types';
import { wantsWelcome, welcomeSteps } from './welcome_steps';

const user = (roles: Role[]): Me => ({
  id: 'p1',
  email: 'p1@example.org',
  name: 'P',
  locale: 'en',
  is_platform_admin: false,
  memberships: roles.length ? [{ organisation_id: 'o1', organisation_name: 'L', organisation_kind: 'school', roles }] : [],
});
const place = (status: Enrollment['status'], role: Enrollment['role'] = 'mentee') =>
  ({ program_id: 'g1', program_name: 'Pathways', organisation_id: 'o1', role, status }) as Enrollment;
const match = (status: Relationship['status']) => ({ id: 'r1', status }) as Relationship;

describe('welcomeSteps', () => {
  it('a new account has every step to do', () => {
    const s = welcomeSteps(user([]), false, [], []);
    expect(s).toEqual({ profileDone: false, place: null, side: 'mentee', finished: false });
  });

  it('marks steps done as they are done, and finishes once placed and matched', () => {
    expect(welcomeSteps(user(['mentee']), true, [place('pending')], []).place?.status).toBe('pending');
    const placed = welcomeSteps(user(['mentee']), true, [place('pending'), { ...place('active'), program_name: 'Robotics' }], []);
    expect(placed.place).toMatchObject({ status: 'active', program: 'Robotics' });
    expect(placed.finished).toBe(false);
    expect(welcomeSteps(user(['mentee']), true, [place('active')], [match('proposed')]).finished).toBe(false);
    expect(welcomeSteps(user(['mentee']), true, [place('active')], [match('active')]).finished).toBe(true);
    expect(welcomeSteps(user(['mentee']), false, [place('active')], [match('active')]).finished).toBe(false);
  });

  it('words what happens next for the reader’s side', () => {
    expect(welcomeSteps(user(['mentor']), false, [], []).side).toBe('mentor');
    expect(welcomeSteps(user(['mentee', 'mentor']), false, [], []).side).toBe('both');
    expect(welcomeSteps(user([]), false, [place('pending', 'mentor')], []).side).toBe('mentor');
  });
});

describe('wantsWelcome', () => {
  it('participants and new accounts get it; staff-only accounts do not', () => {
    expect(wantsWelcome(user([]))).toBe(true);
    expect(wantsWelcome(user(['mentee']))).toBe(true);
    expect(wantsWelcome(user(['coordinator']))).toBe(false);
    expect(wantsWelcome(user(['org_admin', 'mentor']))).toBe(true);
  });
});
