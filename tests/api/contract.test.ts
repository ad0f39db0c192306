// The response validator itself (contract.ts), without a server: it must reject what the spec
// does not describe, or it would let every other test pass whatever the server sends.

import { contract } from './contract';
import type { Answer } from './contract';

const ORG = { id: '7', name: 'Lincoln High School', slug: 'lincoln-high', kind: 'school', created_at: '2026-11-25T18:30:00Z' };

function answer(over: Partial<Answer>): Answer {
  const body = over.body ?? ORG;
  return {
    method: 'GET',
    path: '/api/v1/organisations/7',
    status: 200,
    contentType: 'application/json',
    text: JSON.stringify(body),
    body,
    ...over,
  };
}

describe('the response validator (api/openapi.yaml)', () => {
  test('accepts a body the spec describes', () => {
    expect(contract().violations(answer({}))).toEqual([]);
  });

  test('rejects a field the spec does not describe', () => {
    const v = contract().violations(answer({ body: { ...ORG, secret_notes: 'x' } }));
    expect(v.join('\n')).toMatch(/secret_notes/);
  });

  test('rejects an undescribed field in a schema made of allOf parts', () => {
    const created = { ...ORG, first_admin: { email: 'a@b.example', status: 'invited' } };
    const post = { method: 'POST', path: '/api/v1/organisations', status: 201 };
    expect(contract().violations(answer({ ...post, body: created }))).toEqual([]);
    const v = contract().violations(answer({ ...post, body: { ...created, password_hash: 'x' } }));
    expect(v.join('\n')).toMatch(/password_hash/);
  });

  test('rejects a missing required field and a wrong type', () => {
    const { slug: _slug, ...noSlug } = ORG;
    expect(contract().violations(answer({ body: noSlug })).join('\n')).toMatch(/slug/);
    expect(contract().violations(answer({ body: { ...ORG, id: 7 } })).join('\n')).toMatch(/\/id/);
  });

  test('rejects a status the operation does not list', () => {
    expect(contract().violations(answer({ status: 418 })).join('\n')).toMatch(/does not list status 418/);
  });

  test('rejects a problem that is not a problem', () => {
    const v = contract().violations(
      answer({ status: 404, contentType: 'application/problem+json', body: { error: 'nope' } }),
    );
    expect(v.length).toBeGreaterThan(0);
  });

  test('matches literal path segments before templates', () => {
    expect(contract().operation('GET', '/api/v1/me/profile?x=1')?.template).toBe('/api/v1/me/profile');
    expect(contract().operation('GET', '/api/v1/organisations/7/programs')?.template).toBe(
      '/api/v1/organisations/{org}/programs',
    );
  });
});
