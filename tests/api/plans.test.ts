// Engagement plans (issue 10, point 2): the pair keep goals with milestones (owner, due date,
// status) and see their progress; their coordinators and admins read it; a program's plan
// template is copied into every relationship created after it; each goal carries a version,
// so a stale write answers 409 and loses nothing; an ended relationship's plan is read-only.

import { Client } from './client';
import { expectFieldError, expectProblem, expectStatus } from './helpers';
import { staffOf, orgPath, type Staff } from './fixtures/organisations';
import { createUser } from './fixtures/people';
import {
  addGoal,
  goalInput,
  goalUpdate,
  planOf,
  planPath,
  saveTemplate,
  templatePath,
  type PlanGoal,
  type PlanTemplate,
  type PlanTemplateInput,
} from './fixtures/plans';
import { addMentee, addMentor, createProgram, type Participant } from './fixtures/programs';
import { relationshipsOf } from './fixtures/relationships';
import { request, requestPath } from './fixtures/requests';
import { DEMO, anonymous, signIn } from './fixtures/session';
import type { MentorRequest, Program, Relationship } from './schema';

const SETUP_TIMEOUT = 180_000;

let staff: Staff;
let admin: Staff;
let otherCoordinator: Client; // a coordinator of another organisation
let otherMember: Client; // a member of another organisation
let sameOrgMember: Client; // a member of the organisation with no part in the match
let anon: Client;

beforeAll(async () => {
  staff = await staffOf(DEMO.lincoln.slug, DEMO.lincoln.coordinator);
  admin = await staffOf(DEMO.lincoln.slug, DEMO.lincoln.admin);
  otherCoordinator = await signIn(DEMO.northwind.coordinator);
  otherMember = (await createUser({ orgSlug: DEMO.northwind.slug, roles: ['mentee'], namePrefix: 'northwind-only' })).client;
  sameOrgMember = (await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'], namePrefix: 'plan-bystander' })).client;
  anon = await anonymous();
}, SETUP_TIMEOUT);

/** A mentee's request accepted by the mentor: the relationship it made, as the mentee sees it. */
async function requestAccepted(program: Program, mentee: Participant, mentor: Participant): Promise<Relationship> {
  const req = await request(mentee.client, staff.org.id, program.id, mentor.id, 'Could you mentor me?');
  expectStatus(await mentor.client.post<MentorRequest>(requestPath(staff.org.id, req.id, '/accept')), 200);
  const rel = (await relationshipsOf(mentee.client, program.id)).find((r) => r.mentor_id === mentor.id);
  if (!rel) throw new Error('no relationship after accepting the request');
  return rel;
}

/** The calendar date `weeks` weeks after the UTC date of `instant`. */
function weeksAfter(instant: string, weeks: number): string {
  const d = new Date(instant);
  const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return new Date(day + weeks * 7 * 86_400_000).toISOString().slice(0, 10);
}

const TEMPLATE: PlanTemplateInput = {
  time_zone: 'UTC',
  version: 0,
  goals: [
    {
      title: 'Get to know each other',
      description: 'The first month.',
      owner: 'mentee',
      due_week: 4,
      milestones: [
        { title: 'First meeting', description: '', owner: 'mentor', due_week: 1 },
        { title: 'Write down three goals', description: 'Share them with your mentor.', owner: 'mentee', due_week: 2 },
      ],
    },
    { title: 'Review progress', description: '', owner: 'mentor', due_week: 12, milestones: [] },
  ],
};

describe('a relationship plan', () => {
  let program: Program;
  let mentee: Participant;
  let mentor: Participant;
  let rel: Relationship;
  let template: PlanTemplate;
  const path = (rest = '') => planPath(staff.org.id, rel.id, rest);

  beforeAll(async () => {
    program = await createProgram(staff, { type: 'one_to_one', audience: 'adult' });
    // A relationship from before the template: it keeps an empty plan.
    const early = await addMentee(staff, program.id, { minor: false });
    mentor = await addMentor(staff, program.id, { capacity: 3 });
    const before = await requestAccepted(program, early, mentor);
    expect((await planOf(early.client, staff.org.id, before.id)).goals).toEqual([]);
    template = await saveTemplate(staff, program.id, TEMPLATE);
    mentee = await addMentee(staff, program.id, { minor: false });
    rel = await requestAccepted(program, mentee, mentor);
  }, SETUP_TIMEOUT);

  test('a relationship created after the template receives a copy, due N weeks after its start', async () => {
    expect(template.version).toBe(1);
    const plan = await planOf(mentee.client, staff.org.id, rel.id);
    expect(plan).toMatchObject({ relationship_id: rel.id, relationship_status: 'active', viewer_side: 'mentee', can_edit: true });
    expect(plan.goals.map((g) => g.title)).toEqual(['Get to know each other', 'Review progress']);
    const [first, second] = plan.goals;
    expect(first.due_date).toBe(weeksAfter(rel.created_at, 4));
    expect(second.due_date).toBe(weeksAfter(rel.created_at, 12));
    expect(second.owner).toBe('mentor');
    expect(first.milestones.map((m) => [m.title, m.owner, m.due_date, m.status])).toEqual([
      ['First meeting', 'mentor', weeksAfter(rel.created_at, 1), 'not_started'],
      ['Write down three goals', 'mentee', weeksAfter(rel.created_at, 2), 'not_started'],
    ]);
    expect(plan.progress).toEqual({ done: 0, total: 2 });
    expect((await planOf(mentor.client, staff.org.id, rel.id)).viewer_side).toBe('mentor');
  });

  test('the mentee completes a milestone; the mentor and their staff see the progress', async () => {
    const plan = await planOf(mentee.client, staff.org.id, rel.id);
    const goal = plan.goals[0];
    const milestones = goal.milestones.map((m, i) => (i === 0 ? { ...m, status: 'done' as const } : m));
    const res = await mentee.client.put<PlanGoal>(path(`/goals/${goal.id}`), goalUpdate(goal, { milestones }));
    expectStatus(res, 200);
    expect(res.json.version).toBe(goal.version + 1);
    expect(res.json.milestones.map((m) => m.id)).toEqual(goal.milestones.map((m) => m.id));
    expect(res.json.progress).toEqual({ done: 1, total: 2 });
    for (const reader of [mentor.client, staff.client, admin.client]) {
      const seen = await planOf(reader, staff.org.id, rel.id);
      expect(seen.progress).toEqual({ done: 1, total: 2 });
      expect(seen.goals[0].progress).toEqual({ done: 1, total: 2 });
    }
    const coordinatorView = await planOf(staff.client, staff.org.id, rel.id);
    expect(coordinatorView.can_edit).toBe(false);
    expect(coordinatorView.viewer_side).toBeNull();
  });

  test('the pair add, edit and delete goals and milestones', async () => {
    const added = await addGoal(mentor.client, staff.org.id, rel.id);
    expect(added).toMatchObject({ title: 'Finish the application essay', owner: 'mentee', due_date: '2027-01-15', version: 1 });
    expect(added.milestones[1].due_date).toBeNull();
    // Drop the first milestone, rename the second, add a third.
    const edited = await mentee.client.put<PlanGoal>(
      path(`/goals/${added.id}`),
      goalUpdate(added, {
        title: 'Essay, final',
        milestones: [
          { ...added.milestones[1], title: 'Mentor reads the draft' },
          { title: 'Send it', description: '', owner: 'mentee', due_date: '2027-01-14', status: 'not_started' },
        ],
      }),
    );
    expectStatus(edited, 200);
    expect(edited.json.title).toBe('Essay, final');
    expect(edited.json.milestones.map((m) => m.title)).toEqual(['Mentor reads the draft', 'Send it']);
    expect(edited.json.milestones[0].id).toBe(added.milestones[1].id);
    const del = await mentor.client.del(path(`/goals/${added.id}?version=${edited.json.version}`));
    expectStatus(del, 204);
    const after = await planOf(mentee.client, staff.org.id, rel.id);
    expect(after.goals.map((g) => g.id)).not.toContain(added.id);
    expectProblem(await mentor.client.del(path(`/goals/${added.id}?version=${edited.json.version}`)), 404);
  });

  test('a stale version answers 409 and the first write stays', async () => {
    const goal = await addGoal(mentee.client, staff.org.id, rel.id, goalInput({ title: 'Shared goal' }));
    const mine = await mentee.client.put<PlanGoal>(path(`/goals/${goal.id}`), goalUpdate(goal, { title: 'Mentee wording' }));
    expectStatus(mine, 200);
    expectProblem(await mentor.client.put(path(`/goals/${goal.id}`), goalUpdate(goal, { status: 'done' })), 409, {
      type: 'failed-precondition',
    });
    expectProblem(await mentor.client.del(path(`/goals/${goal.id}?version=${goal.version}`)), 409);
    expectProblem(await mentor.client.del(path(`/goals/${goal.id}?version=abc`)), 409);
    const plan = await planOf(mentor.client, staff.org.id, rel.id);
    const kept = plan.goals.find((g) => g.id === goal.id);
    expect(kept).toMatchObject({ title: 'Mentee wording', status: 'in_progress', version: 2 });
    expectStatus(await mentor.client.del(path(`/goals/${goal.id}?version=2`)), 204);
  });

  test('staff and other relations: read or nothing', async () => {
    const goal = (await planOf(mentee.client, staff.org.id, rel.id)).goals[0];
    // Staff read the plan but never write it: the write path does not show them the match.
    for (const s of [staff, admin]) {
      expectProblem(await s.client.post(path('/goals'), goalInput()), 404);
      expectProblem(await s.client.put(path(`/goals/${goal.id}`), goalUpdate(goal)), 404);
      expectProblem(await s.client.del(path(`/goals/${goal.id}?version=${goal.version}`)), 404);
    }
    for (const outsider of [otherCoordinator, otherMember, sameOrgMember]) {
      expectProblem(await outsider.get(path()), 404);
      expectProblem(await outsider.post(path('/goals'), goalInput()), 404);
      expectProblem(await outsider.put(path(`/goals/${goal.id}`), goalUpdate(goal)), 404);
      expectProblem(await outsider.del(path(`/goals/${goal.id}?version=${goal.version}`)), 404);
    }
    // Another organisation's id in the path, for a caller who is a party: nothing.
    const northwind = (await staffOf(DEMO.northwind.slug, DEMO.northwind.coordinator)).org;
    expectProblem(await mentee.client.get(planPath(northwind.id, rel.id)), 404);
    expectProblem(await otherCoordinator.get(planPath(northwind.id, rel.id)), 404);
    expectProblem(await mentee.client.put(planPath(staff.org.id, rel.id, '/goals/not-a-goal'), goalUpdate(goal)), 404);
    expectProblem(await anon.get(path()), 401);
    expectProblem(await anon.post(path('/goals'), goalInput()), 401);
  });

  test('limits and strict input answer 400 naming the field', async () => {
    const post = (body: unknown) => mentee.client.post(path('/goals'), body);
    expectFieldError(await post(goalInput({ title: 'x'.repeat(201) })), 'title');
    expectFieldError(await post(goalInput({ title: '   ' })), 'title');
    expectFieldError(await post(goalInput({ description: 'x'.repeat(4001) })), 'description');
    expectFieldError(await post(goalInput({ due_date: '2027-02-30' })), 'due_date');
    const milestone = goalInput().milestones[0];
    expectFieldError(await post(goalInput({ milestones: Array.from({ length: 51 }, () => milestone) })), 'milestones');
    expectFieldError(await post(goalInput({ milestones: [{ ...milestone, title: 'y'.repeat(201) }] })), 'milestones[0].title');
    expectProblem(await post({ ...goalInput(), owner: 'guardian' }), 400);
    expectProblem(await post({ ...goalInput(), status: 'finished' }), 400);
    expectProblem(await post({ ...goalInput(), person_id: mentee.id }), 400);
    expectProblem(await post({ title: 'Only a title' }), 400);
    // 200 characters of two bytes each fit: the limit counts characters.
    const fits = await addGoal(mentee.client, staff.org.id, rel.id, goalInput({ title: 'ñ'.repeat(200), milestones: [] }));
    expectStatus(await mentee.client.del(path(`/goals/${fits.id}?version=${fits.version}`)), 204);
  });

  test('a plan holds at most 50 goals', async () => {
    const program2 = await createProgram(staff, { type: 'one_to_one', audience: 'adult' });
    const m = await addMentee(staff, program2.id, { minor: false });
    const t = await addMentor(staff, program2.id, { capacity: 1 });
    const r = await requestAccepted(program2, m, t);
    for (let i = 0; i < 50; i++) await addGoal(m.client, staff.org.id, r.id, goalInput({ title: `Goal ${i}`, milestones: [] }));
    expectFieldError(await m.client.post(planPath(staff.org.id, r.id, '/goals'), goalInput()), 'title');
    expect((await planOf(t.client, staff.org.id, r.id)).goals).toHaveLength(50);
  }, SETUP_TIMEOUT);

  test("an ended relationship's plan stays readable and read-only", async () => {
    const program3 = await createProgram(staff, { type: 'one_to_one', audience: 'adult' });
    const m = await addMentee(staff, program3.id, { minor: false });
    const t = await addMentor(staff, program3.id, { capacity: 1 });
    const r = await requestAccepted(program3, m, t);
    const goal = await addGoal(m.client, staff.org.id, r.id);
    // The mentor leaves the organisation: the match ends.
    expectStatus(await admin.client.del(orgPath(staff.org.id, `/members/${t.id}`)), 204);
    const plan = await planOf(m.client, staff.org.id, r.id);
    expect(plan.relationship_status).toBe('ended');
    expect(plan.can_edit).toBe(false);
    expect(plan.goals).toHaveLength(1);
    expectProblem(await m.client.post(planPath(staff.org.id, r.id, '/goals'), goalInput()), 409);
    expectProblem(await m.client.put(planPath(staff.org.id, r.id, `/goals/${goal.id}`), goalUpdate(goal)), 409);
    expectProblem(await m.client.del(planPath(staff.org.id, r.id, `/goals/${goal.id}?version=1`)), 409);
  }, SETUP_TIMEOUT);
});

describe('the program plan template', () => {
  let program: Program;
  let mentee: Participant;
  const path = () => templatePath(staff.org.id, program.id);

  beforeAll(async () => {
    program = await createProgram(staff, { type: 'one_to_one', audience: 'adult' });
    mentee = await addMentee(staff, program.id, { minor: false });
  }, SETUP_TIMEOUT);

  test('staff edit it under its version; members read it; outsiders see nothing', async () => {
    const empty = await mentee.client.get<PlanTemplate>(path());
    expectStatus(empty, 200);
    expect(empty.json).toEqual({ program_id: program.id, time_zone: 'UTC', version: 0, updated_at: null, goals: [] });
    const first = await saveTemplate(admin, program.id, { ...TEMPLATE, time_zone: 'America/Chicago' });
    expect(first).toMatchObject({ version: 1, time_zone: 'America/Chicago' });
    expect(first.goals).toEqual(TEMPLATE.goals);
    expectProblem(await staff.client.put(path(), TEMPLATE), 409);
    const second = await saveTemplate(staff, program.id, { ...TEMPLATE, version: 1, goals: TEMPLATE.goals.slice(0, 1) });
    expect(second.version).toBe(2);
    expect((await mentee.client.get<PlanTemplate>(path())).json.goals).toHaveLength(1);

    expectProblem(await mentee.client.put(path(), { ...TEMPLATE, version: 2 }), 403);
    for (const outsider of [otherCoordinator, otherMember]) {
      expectProblem(await outsider.get(path()), 404);
      expectProblem(await outsider.put(path(), { ...TEMPLATE, version: 2 }), 404);
    }
    expectProblem(await anon.get(path()), 401);
    expectProblem(await anon.put(path(), TEMPLATE), 401);
  });

  test('invalid templates answer 400 naming the field', async () => {
    const put = (body: unknown) => staff.client.put(path(), body);
    expectFieldError(await put({ ...TEMPLATE, time_zone: 'Mars/Olympus' }), 'time_zone');
    const goal = TEMPLATE.goals[0];
    expectFieldError(await put({ ...TEMPLATE, goals: [{ ...goal, due_week: 521 }] }), 'due_week');
    expectFieldError(await put({ ...TEMPLATE, goals: [{ ...goal, title: 'z'.repeat(201) }] }), 'title');
    expectFieldError(await put({ ...TEMPLATE, goals: Array.from({ length: 51 }, () => goal) }), 'goals');
    expectFieldError(
      await put({ ...TEMPLATE, goals: [{ ...goal, milestones: [{ ...goal.milestones[0], description: 'd'.repeat(4001) }] }] }),
      'description',
    );
    expectProblem(await put({ ...TEMPLATE, goals: [{ ...goal, owner: 'coordinator' }] }), 400);
    expectProblem(await put({ ...TEMPLATE, extra: true }), 400);
  });
});
