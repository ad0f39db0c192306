// What people marked private stays private (issue 7, point 7).
//
// A background answer shared by a mentee and a mentor is named in a pair's reasons only when both
// of them show it to participants. For every visibility of either side's answer, the reasons are
// read in every place they appear: recommendations, a request (as each side sees it), a proposal in a round
// (as the coordinator sees it) and the relationship it becomes (as each side sees it). A mentee
// who toggles their own answer and watches their recommendations must learn nothing about the
// mentor's hidden answer. A coordinator never reads another organisation's name.
//
// Every pair lives in a program of its own, made here, so nothing else is scored with it.

import { Client, V1 } from './client';
import { expectStatus, listAll, short } from './helpers';
import { orgBySlug, orgPath } from './fixtures/organisations';
import { createUser, type NewUser } from './fixtures/people';
import { profileInput } from './fixtures/profiles';
import { programByName, programInput } from './fixtures/programs';
import { DEMO, signIn } from './fixtures/session';
import type { Enrollment, Organisation, Page, Schemas } from './schema';

const SETUP_TIMEOUT = 180_000;
const VISIBILITIES = ['private', 'matching', 'coordinators', 'participants'] as const;
type Visibility = (typeof VISIBILITIES)[number];

let coordinator: Client;
let lincoln: Organisation;

beforeAll(async () => {
  coordinator = await signIn(DEMO.lincoln.coordinator);
  lincoln = await orgBySlug(coordinator, DEMO.lincoln.slug);
});

function programPath(programId: string, rest = ''): string {
  return orgPath(lincoln.id, `/programs/${programId}${rest}`);
}

/** The points a pair's reasons name, summed. */
function namedPoints(reasons: Schemas['Reason'][]): number {
  return reasons.reduce((sum, r) => sum + r.points, 0);
}

function profile(name: string, role: 'mentor' | 'mentee', secret: string, visibility: Visibility) {
  return profileInput({
    name,
    headline: role === 'mentor' ? 'Mentor who teaches SQL' : 'Student of SQL',
    bio: '',
    skills_teach: role === 'mentor' ? [{ skill: 'SQL', level: 5 }] : [],
    skills_learn: role === 'mentee' ? [{ skill: 'SQL', current_level: 1, target_level: 3 }] : [],
    interests: ['chess'],
    goals: [],
    languages: ['en'],
    background: [{ field: 'cultural_background', value: secret, visibility }],
    mentor: { capacity: role === 'mentor' ? 1 : 0, accepts_external_mentees: true },
  });
}

interface Pair {
  program: Schemas['Program'];
  mentee: NewUser;
  mentor: NewUser;
  secret: string;
  menteeProfile: Record<string, unknown>;
}

/** A program with one mentee and one mentor who share `secret`, each with their visibility. */
async function makePair(menteeVis: Visibility, mentorVis: Visibility): Promise<Pair> {
  const created = await coordinator.post<Schemas['Program']>(
    orgPath(lincoln.id, '/programs'),
    programInput({ name: `Visibility ${menteeVis}/${mentorVis} ${short()}`, requires_approval: false }),
  );
  expectStatus(created, 201);
  const program = created.json;
  // Background weighs heavily, so a hidden match would move the score visibly if it leaked.
  const settings = await coordinator.get<Schemas['MatchingSettings']>(programPath(program.id, '/matching/settings'));
  expectStatus(settings, 200);
  const s = settings.json;
  const put = await coordinator.put<Schemas['MatchingSettings']>(programPath(program.id, '/matching/settings'), {
    priorities: { ...s.priorities, background: 'high' },
    max_mentors_per_mentee: s.max_mentors_per_mentee,
    require_acceptance: s.require_acceptance,
    request_expiry_days: s.request_expiry_days,
    priority_field: '',
    priority_value: '',
  });
  expectStatus(put, 200);
  const secret = `Secretland${short()}`;
  const join = async (role: 'mentor' | 'mentee', visibility: Visibility) => {
    const user = await createUser({
      orgSlug: DEMO.lincoln.slug,
      roles: [role],
      inviter: coordinator,
      program_id: program.id,
      program_role: role,
      namePrefix: `Vis${role}`,
    });
    const p = profile(user.name, role, secret, visibility);
    expectStatus(await user.client.put<Schemas['Profile']>(`${V1}/me/profile`, p), 200);
    return { user, p };
  };
  const mentee = await join('mentee', menteeVis);
  const mentor = await join('mentor', mentorVis);
  return { program, mentee: mentee.user, mentor: mentor.user, secret, menteeProfile: mentee.p };
}

async function recommendationFor(pair: Pair): Promise<Schemas['Recommendation']> {
  const res = await pair.mentee.client.get<Page<Schemas['Recommendation']>>(programPath(pair.program.id, '/recommendations'));
  expectStatus(res, 200);
  const r = res.json.items.find((x) => x.mentor_id === pair.mentor.id);
  if (!r) throw new Error(`the mentor is not recommended: ${res.text.slice(0, 500)}`);
  return r;
}

/** Checks one place's reasons: the secret appears only when it may, and the score is named. */
function expectReasons(where: string, named: boolean, secret: string, reasons: Schemas['Reason'][], score?: number) {
  const text = JSON.stringify(reasons);
  expect(text.includes(secret), `${where}: ${text}`).toBe(named);
  expect(reasons.some((r) => r.id === 'background_match'), `${where}: ${text}`).toBe(named);
  if (score !== undefined) expect(score, `${where}: score vs ${text}`).toBe(namedPoints(reasons));
}

describe.each(
  VISIBILITIES.flatMap((mentee) => VISIBILITIES.map((mentor) => [mentee, mentor] as const)),
)('mentee answer %s, mentor answer %s', (menteeVis, mentorVis) => {
  const named = menteeVis === 'participants' && mentorVis === 'participants';
  let pair: Pair;

  beforeAll(async () => {
    pair = await makePair(menteeVis, mentorVis);
  }, SETUP_TIMEOUT);

  test('recommendations, a request, a proposal and a relationship name it only when both show it', async () => {
    const rec = await recommendationFor(pair);
    expectReasons('recommendation', named, pair.secret, rec.reasons, rec.score);

    // A request, as the mentee and as the mentor read it.
    const asked = await pair.mentee.client.post<Schemas['MentorRequest']>(programPath(pair.program.id, '/requests'), {
      mentor_id: pair.mentor.id,
    });
    expectStatus(asked, 201);
    expectReasons('request (mentee)', named, pair.secret, asked.json.reasons, asked.json.score);
    const incoming = await pair.mentor.client.get<Page<Schemas['MentorRequest']>>(`${V1}/me/requests`);
    expectStatus(incoming, 200);
    const seen = incoming.json.items.find((r) => r.id === asked.json.id)!;
    expectReasons('request (mentor)', named, pair.secret, seen.reasons, seen.score);
    expectStatus(await pair.mentee.client.post<Schemas['MentorRequest']>(orgPath(lincoln.id, `/requests/${asked.json.id}/withdraw`)), 200);

    // A proposal, as the coordinator reads it.
    const round = await coordinator.post<Schemas['RoundView']>(programPath(pair.program.id, '/match-rounds'));
    expectStatus(round, 201);
    expect(round.json.proposals).toHaveLength(1);
    expectReasons('proposal', named, pair.secret, round.json.proposals[0].reasons);

    // The relationship, as each side reads it: a score that is only what the reasons name.
    expectStatus(await coordinator.post<Schemas['RoundView']>(orgPath(lincoln.id, `/match-rounds/${round.json.id}/publish`)), 200);
    for (const who of [pair.mentee, pair.mentor]) {
      const rels = await who.client.get<Page<Schemas['Relationship']>>(`${V1}/me/relationships`);
      expectStatus(rels, 200);
      const rel = rels.json.items.find((r) => r.program_id === pair.program.id)!;
      expectReasons('relationship', named, pair.secret, rel.reasons, rel.score);
    }
  });
});

describe('probing by editing one\'s own profile', () => {
  // For each way the mentor keeps the answer from participants, the mentee adds, removes and
  // re-scopes the same value on their own profile: their recommendation must not move at all.
  for (const mentorVis of ['private', 'matching', 'coordinators'] as const) {
    test(`a mentor's ${mentorVis} answer cannot be probed`, async () => {
      const pair = await makePair('participants', mentorVis);
      const seen: Array<{ score: number; reasons: Schemas['Reason'][] }> = [];
      const variants: Array<Array<Record<string, string>>> = [
        [{ field: 'cultural_background', value: pair.secret, visibility: 'participants' }],
        [],
        [{ field: 'cultural_background', value: pair.secret, visibility: 'matching' }],
        [{ field: 'cultural_background', value: `Elsewhere${short()}`, visibility: 'participants' }],
      ];
      for (const background of variants) {
        expectStatus(await pair.mentee.client.put<Schemas['Profile']>(`${V1}/me/profile`, { ...pair.menteeProfile, background }), 200);
        const rec = await recommendationFor(pair);
        seen.push({ score: rec.score, reasons: rec.reasons });
        expect(JSON.stringify(rec.reasons)).not.toContain(pair.secret);
      }
      for (const s of seen) expect(s, JSON.stringify(seen)).toEqual(seen[0]);
    }, SETUP_TIMEOUT);
  }

  test('the control: an answer both show does move the score (the probe would see a real signal)', async () => {
    const pair = await makePair('participants', 'participants');
    const withIt = await recommendationFor(pair);
    expectStatus(await pair.mentee.client.put<Schemas['Profile']>(`${V1}/me/profile`, { ...pair.menteeProfile, background: [] }), 200);
    const without = await recommendationFor(pair);
    expect(withIt.score).toBeGreaterThan(without.score);
    expect(JSON.stringify(withIt.reasons)).toContain(pair.secret);
  }, SETUP_TIMEOUT);
});

describe('a coordinator reads only their own organisation\'s name', () => {
  test('enrollment lists never name another organisation', async () => {
    // The seeded program has a Northwind mentor (a member of both organisations).
    const career = await programByName(coordinator, lincoln.id, DEMO.programs.careerPathways);
    const all = await listAll<Enrollment>(coordinator, programPath(career.id, '/enrollments'));
    expect(all.length).toBeGreaterThan(0);
    const text = JSON.stringify(all);
    expect(text).not.toContain(DEMO.northwind.name);
    expect(text).not.toContain(DEMO.alumni.name);
    for (const e of all) expect(['', DEMO.lincoln.name]).toContain(e.home_organisation_name);
    const jordan = await signIn(DEMO.northwind.mentor);
    const jordanId = (await jordan.get<Schemas['Me']>(`${V1}/me`)).json.id;
    expect(all.some((e) => e.person_id === jordanId)).toBe(true);
  });
});
