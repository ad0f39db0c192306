// Taxonomy terms beyond add and delete (issue 9 point 13): how many members' profiles use a
// term (asked before deleting it), renaming, and the clear conflict on duplicates.

import { expectFieldError, expectProblem, expectStatus, listAll, short } from './helpers';
import { orgBySlug, orgPath } from './fixtures/organisations';
import { createUser } from './fixtures/people';
import { profileInput, putProfile } from './fixtures/profiles';
import { DEMO, anonymous, signIn } from './fixtures/session';
import type { Organisation, Schemas, TaxonomyTerm } from './schema';
import type { Client } from './client';

type Usage = Schemas['TaxonomyTermUsage'];

let admin: Client;
let lincoln: Organisation;
let northwindAdmin: Client;
let northwind: Organisation;

beforeAll(async () => {
  admin = await signIn(DEMO.lincoln.admin);
  lincoln = await orgBySlug(admin, DEMO.lincoln.slug);
  northwindAdmin = await signIn(DEMO.northwind.admin);
  northwind = await orgBySlug(northwindAdmin, DEMO.northwind.slug);
});

async function addTerm(kind: 'skill' | 'interest', label: string): Promise<TaxonomyTerm> {
  const res = await admin.post<TaxonomyTerm>(orgPath(lincoln.id, '/taxonomy'), { kind, label });
  expectStatus(res, 201);
  return res.json;
}

async function usageOf(id: string): Promise<Usage> {
  const res = await admin.get<Usage>(orgPath(lincoln.id, `/taxonomy/${id}/usage`));
  expectStatus(res, 200);
  return res.json;
}

describe('usage', () => {
  test('counts the members whose profile has the label, in any case, once each', async () => {
    const skillLabel = `Usage skill ${short()}`;
    const interestLabel = `usage interest ${short()}`;
    const skill = await addTerm('skill', skillLabel);
    const interest = await addTerm('interest', interestLabel);
    expect(await usageOf(skill.id)).toEqual({ term: skill, profiles: 0 });
    expect((await usageOf(interest.id)).profiles).toBe(0);

    // One teaches it and also wants to learn it (counted once); one wants to learn it in
    // another case; one has it as an interest only.
    const teacher = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentor'] });
    await putProfile(teacher, profileInput({
      skills_teach: [{ skill: skillLabel, level: 4 }],
      skills_learn: [{ skill: skillLabel.toUpperCase(), current_level: 1, target_level: 2 }],
    }));
    const learner = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'] });
    await putProfile(learner, profileInput({
      skills_teach: [],
      skills_learn: [{ skill: skillLabel.toLowerCase(), current_level: 1, target_level: 3 }],
    }));
    const fan = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'] });
    await putProfile(fan, profileInput({ interests: [interestLabel.toUpperCase(), 'chess'] }));

    expect(await usageOf(skill.id)).toEqual({ term: skill, profiles: 2 });
    expect(await usageOf(interest.id)).toEqual({ term: interest, profiles: 1 });
    // The same words in another organisation's member's profile do not count here.
    const outsider = await createUser({ orgSlug: DEMO.northwind.slug, roles: ['mentor'] });
    await putProfile(outsider, profileInput({ skills_teach: [{ skill: skillLabel, level: 3 }] }));
    expect((await usageOf(skill.id)).profiles).toBe(2);
  });

  test('only the organisation admin; another organisation gets 404', async () => {
    const term = await addTerm('skill', `Usage guard ${short()}`);
    const path = orgPath(lincoln.id, `/taxonomy/${term.id}/usage`);
    expectProblem(await (await signIn(DEMO.lincoln.coordinator)).get(path), 403);
    expectProblem(await (await signIn(DEMO.lincoln.student)).get(path), 403);
    expectProblem(await northwindAdmin.get(path), 404);
    expectProblem(await (await signIn(DEMO.platformAdmin)).get(path), 403);
    expectProblem(await (await anonymous()).get(path), 401);
    // Another organisation's term id under one's own organisation: 404.
    expectProblem(await northwindAdmin.get(orgPath(northwind.id, `/taxonomy/${term.id}/usage`)), 404);
    expectProblem(await admin.get(orgPath(lincoln.id, '/taxonomy/no-such-term/usage')), 404);
  });
});

describe('rename', () => {
  test('renames a term; the list shows the new label', async () => {
    const term = await addTerm('skill', `Rename me ${short()}`);
    const label = `Renamed ${short()}`;
    const res = await admin.patch<TaxonomyTerm>(orgPath(lincoln.id, `/taxonomy/${term.id}`), { label: `  ${label}  ` });
    expectStatus(res, 200);
    expect(res.json).toEqual({ id: term.id, kind: 'skill', label });
    const listed = await listAll<TaxonomyTerm>(admin, orgPath(lincoln.id, '/taxonomy?kind=skill'));
    expect(listed.find((t) => t.id === term.id)?.label).toBe(label);
    // A change of case only is a rename too.
    const upper = await admin.patch<TaxonomyTerm>(orgPath(lincoln.id, `/taxonomy/${term.id}`), { label: label.toUpperCase() });
    expectStatus(upper, 200);
    expect(upper.json.label).toBe(label.toUpperCase());
  });

  test('a duplicate label is a 409 naming the label; the term keeps its label', async () => {
    const taken = await addTerm('skill', `Taken ${short()}`);
    const term = await addTerm('skill', `Other ${short()}`);
    const res = await admin.patch<TaxonomyTerm>(orgPath(lincoln.id, `/taxonomy/${term.id}`), { label: taken.label.toLowerCase() });
    expectProblem(res, 409, { detail: /already in the taxonomy/ });
    const listed = await listAll<TaxonomyTerm>(admin, orgPath(lincoln.id, '/taxonomy?kind=skill'));
    expect(listed.find((t) => t.id === term.id)?.label).toBe(term.label);
    // The same label as an interest is not a duplicate of a skill.
    const interest = await addTerm('interest', `Interest ${short()}`);
    expectStatus(await admin.patch<TaxonomyTerm>(orgPath(lincoln.id, `/taxonomy/${interest.id}`), { label: taken.label }), 200);
    // Adding a duplicate is the same clear 409.
    expectProblem(await admin.post(orgPath(lincoln.id, '/taxonomy'), { kind: 'skill', label: taken.label.toUpperCase() }), 409, {
      detail: /already in the taxonomy/,
    });
  });

  test('bad labels are 400 naming the field', async () => {
    const term = await addTerm('skill', `Bad input ${short()}`);
    const path = orgPath(lincoln.id, `/taxonomy/${term.id}`);
    expectFieldError(await admin.patch(path, { label: '   ' }), 'label');
    expectFieldError(await admin.patch(path, { label: 'x'.repeat(81) }), 'label');
    expectFieldError(await admin.patch(path, {}), 'label');
    expectFieldError(await admin.patch(path, { label: 7 }), 'label');
    expectFieldError(await admin.patch(path, { label: 'ok', kind: 'interest' }), 'kind');
  });

  test('only the organisation admin; another organisation or its term id gets 404', async () => {
    const term = await addTerm('skill', `Guarded ${short()}`);
    const path = orgPath(lincoln.id, `/taxonomy/${term.id}`);
    const body = { label: `Hijacked ${short()}` };
    expectProblem(await (await signIn(DEMO.lincoln.coordinator)).patch(path, body), 403);
    expectProblem(await (await signIn(DEMO.lincoln.student)).patch(path, body), 403);
    expectProblem(await northwindAdmin.patch(path, body), 404);
    expectProblem(await northwindAdmin.patch(orgPath(northwind.id, `/taxonomy/${term.id}`), body), 404);
    expectProblem(await (await signIn(DEMO.platformAdmin)).patch(path, body), 403);
    expectProblem(await (await anonymous()).patch(path, body), 401);
    expectProblem(await admin.patch(orgPath(lincoln.id, '/taxonomy/no-such-term'), body), 404);
    const listed = await listAll<TaxonomyTerm>(admin, orgPath(lincoln.id, '/taxonomy?kind=skill'));
    expect(listed.find((t) => t.id === term.id)?.label).toBe(term.label);
  });
});
