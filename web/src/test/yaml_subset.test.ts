// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { at, parseYaml } from './yaml_subset';

describe('parseYaml (the subset api/openapi.yaml uses)', () => {
  it('reads mappings, sequences of mappings, flow collections, quoted keys and comments', () => {
    const doc = parseYaml(`
openapi: 3.1.0   # a comment
paths:
  /a/{id}:
    get:
      parameters:
        - name: limit
          in: query
          schema: { type: integer, maximum: 200 }
      responses:
        '200':
          description: OK, it's fine # not part of it
tags: [a, 'b, c', "d"]
empty:
`);
    expect(doc).toEqual({
      openapi: '3.1.0',
      paths: {
        '/a/{id}': {
          get: {
            parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer', maximum: 200 } }],
            responses: { '200': { description: "OK, it's fine" } },
          },
        },
      },
      tags: ['a', 'b, c', 'd'],
      empty: null,
    });
  });

  it('reads block scalars (literal and folded, with chomping) and plain scalars over lines', () => {
    const doc = parseYaml(`
literal: |
  one
  two
folded: >-
  one
  two

  three
plain: a long
  sentence
n: 12
yes: true
`);
    expect(doc).toEqual({
      literal: 'one\ntwo\n',
      folded: 'one two\nthree',
      plain: 'a long sentence',
      n: 12,
      yes: true,
    });
  });

  it('refuses what it does not read, and a missing path', () => {
    expect(() => parseYaml('a:\n  - 1\n  b: 2\n')).toThrow(/unexpected indentation/);
    expect(() => at(parseYaml('a: { b: 1 }'), 'a/c')).toThrow(/has no a\/c/);
  });
});
