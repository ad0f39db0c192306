// Every response the API tests receive is checked against api/openapi.yaml (client.ts calls
// `contractViolations` for each answer): the operation is found by method and path template, the
// status must be one the operation lists, the media type one that status lists, and a JSON body
// must match the schema the spec gives for it.
//
// Strict on purpose: an object schema that says nothing about `additionalProperties` is treated
// as closed, so a field the server sends and the spec lacks fails the test (fields of `allOf`
// parts count together: the whole is closed with `unevaluatedProperties`). Fix such a failure in
// the spec, not here.

import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

type JsonObject = { [key: string]: unknown };

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The spec as parsed from api/openapi.yaml (or a test's own document). */
export class Contract {
  private readonly operations: Operation[] = [];
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });

  constructor(readonly document: JsonObject) {
    addFormats(this.ajv);
    const paths = document.paths;
    if (!isObject(paths)) throw new Error('the spec has no paths');
    for (const [template, item] of Object.entries(paths)) {
      if (!isObject(item)) continue;
      for (const [method, op] of Object.entries(item)) {
        if (!HTTP_METHODS.includes(method) || !isObject(op)) continue;
        const responses = this.deref(op.responses);
        if (!isObject(responses)) throw new Error(`${method} ${template} lists no responses`);
        this.operations.push({
          method: method.toUpperCase(),
          template,
          pattern: templatePattern(template),
          params: (template.match(/\{/g) ?? []).length,
          responses,
        });
      }
    }
  }

  static fromYaml(text: string): Contract {
    const doc: unknown = parse(text);
    if (!isObject(doc)) throw new Error('the spec is not a YAML mapping');
    return new Contract(doc);
  }

  /** The operation answering `method` on `path` (query string ignored); literal segments win. */
  operation(method: string, path: string): Operation | undefined {
    const m = method.toUpperCase() === 'HEAD' ? 'GET' : method.toUpperCase();
    const bare = path.split(/[?#]/, 1)[0];
    let best: Operation | undefined;
    for (const op of this.operations) {
      if (op.method !== m || !op.pattern.test(bare)) continue;
      if (best === undefined || op.params < best.params) best = op;
    }
    return best;
  }

  /**
   * What is wrong with this answer according to the spec (empty when nothing is). `body` is the
   * parsed JSON body (undefined when the body is empty or not JSON).
   */
  violations(answer: Answer): string[] {
    const mediaType = (answer.contentType ?? '').split(';', 1)[0].trim().toLowerCase();
    const isJson = /^application\/([a-z0-9.+-]*\+)?json$/.test(mediaType);
    const op = this.operation(answer.method, answer.path);
    if (op === undefined) {
      // No operation (an unknown route, another method, the web app's files): only a problem.
      if (!isJson) return [];
      return this.check('#/components/schemas/Problem', 'unknown route', answer.body);
    }
    const where = `${op.method} ${op.template} -> ${answer.status}`;
    const response = this.deref(op.responses[String(answer.status)] ?? op.responses.default);
    if (!isObject(response)) {
      return [`${where}: the spec does not list status ${answer.status} for this operation`];
    }
    const content = isObject(response.content) ? response.content : {};
    if (answer.text.length === 0) {
      // An empty body is fine for a response without content (204, or 200 of a HEAD request).
      if (Object.keys(content).length === 0 || answer.method.toUpperCase() === 'HEAD') return [];
      return [`${where}: empty body, the spec gives ${Object.keys(content).join(', ')}`];
    }
    const media = content[mediaType];
    if (!isObject(media)) {
      const listed = Object.keys(content).join(', ') || 'no body';
      return [`${where}: body of type "${mediaType}", the spec gives ${listed}`];
    }
    if (!isJson) return [];
    if (answer.body === undefined) return [`${where}: "${mediaType}" body is not JSON`];
    if (media.schema === undefined) return [`${where}: the spec gives no schema for "${mediaType}"`];
    return this.check(`${op.method} ${op.template} ${answer.status} ${mediaType}`, where, answer.body, media.schema);
  }

  /** Validates `body` against `schema` (or the schema at `key` when `key` is a `#/` pointer). */
  private check(key: string, where: string, body: unknown, schema?: unknown): string[] {
    let validate = this.validators.get(key);
    if (validate === undefined) {
      const source = schema ?? { $ref: key };
      validate = this.ajv.compile(this.closed(source, false, []) as JsonObject);
      this.validators.set(key, validate);
    }
    if (validate(body)) return [];
    return (validate.errors ?? []).map((e) => {
      const extra = isObject(e.params) && typeof e.params.unevaluatedProperty === 'string'
        ? ` "${e.params.unevaluatedProperty}" (a field the spec does not describe)`
        : '';
      return `${where}: body${e.instancePath} ${e.message ?? 'is invalid'}${extra}`;
    });
  }

  /** `node` with every $ref followed, or `node` itself. */
  private deref(node: unknown): unknown {
    for (let i = 0; i < 32 && isObject(node) && typeof node.$ref === 'string'; ++i) {
      node = this.pointer(node.$ref);
    }
    return node;
  }

  private pointer(ref: string): unknown {
    if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported: ${ref}`);
    let node: unknown = this.document;
    for (const raw of ref.slice(2).split('/')) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      if (!isObject(node) || !(key in node)) throw new Error(`$ref ${ref} does not resolve`);
      node = node[key];
    }
    return node;
  }

  /**
   * A copy of `schema` with every $ref inlined and every object schema closed: one that says
   * nothing about additional properties gets `unevaluatedProperties: false`, except a direct part
   * of an `allOf` (its properties are closed by the whole, which sees every part's fields).
   */
  private closed(schema: unknown, partOfAllOf: boolean, refs: string[]): unknown {
    if (Array.isArray(schema)) return schema.map((s) => this.closed(s, partOfAllOf, refs));
    if (!isObject(schema)) return schema;
    if (typeof schema.$ref === 'string') {
      const ref = schema.$ref;
      if (refs.includes(ref)) throw new Error(`recursive $ref ${ref} is not supported`);
      const target = this.closed(this.pointer(ref), partOfAllOf, [...refs, ref]);
      const siblings = Object.keys(schema).filter((k) => k !== '$ref' && !ANNOTATIONS.includes(k));
      if (siblings.length === 0) return target;
      const rest: JsonObject = {};
      for (const k of siblings) rest[k] = schema[k];
      return { allOf: [target, this.closed(rest, true, refs)] };
    }
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(schema)) {
      if (OPENAPI_ONLY.includes(k)) continue;
      if (k === 'properties' && isObject(v)) {
        const props: JsonObject = {};
        for (const [name, s] of Object.entries(v)) props[name] = this.closed(s, false, refs);
        out[k] = props;
      } else if (k === 'allOf' && Array.isArray(v)) {
        out[k] = v.map((s) => this.closed(s, true, refs));
      } else if ((k === 'oneOf' || k === 'anyOf') && Array.isArray(v)) {
        out[k] = v.map((s) => this.closed(s, partOfAllOf, refs));
      } else if (SUBSCHEMA.includes(k)) {
        out[k] = this.closed(v, false, refs);
      } else {
        out[k] = v;
      }
    }
    if (isObjectSchema(out) && !partOfAllOf && !('additionalProperties' in out) && !('unevaluatedProperties' in out)) {
      out.type ??= 'object';
      out.unevaluatedProperties = false;
    }
    return out;
  }
}

export interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  params: number;
  responses: JsonObject;
}

/** One answer of the server, as the client saw it. */
export interface Answer {
  method: string;
  path: string;
  status: number;
  contentType: string | null;
  text: string;
  body: unknown;
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const ANNOTATIONS = ['description', 'summary', 'title', 'examples', 'example', 'default', 'deprecated', 'readOnly', 'writeOnly'];
const OPENAPI_ONLY = ['example', 'discriminator', 'xml', 'externalDocs'];
const SUBSCHEMA = ['items', 'additionalProperties', 'unevaluatedProperties', 'not', 'contains', 'propertyNames', 'if', 'then', 'else'];

/** An object schema: typed object, with properties, or an allOf of object schemas. */
function isObjectSchema(s: JsonObject): boolean {
  const type = s.type;
  if (type === 'object' || (Array.isArray(type) && type.includes('object'))) return true;
  if (type !== undefined) return false;
  if ('properties' in s) return true;
  return Array.isArray(s.allOf) && s.allOf.some((part) => isObject(part) && isObjectSchema(part));
}

function templatePattern(template: string): RegExp {
  const escaped = template
    .split(/\{[^}]+\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
  return new RegExp(`^${escaped}$`);
}

let repositorySpec: Contract | undefined;

/** The contract of api/openapi.yaml in this repository. */
export function contract(): Contract {
  repositorySpec ??= Contract.fromYaml(
    readFileSync(new URL('../../api/openapi.yaml', import.meta.url), 'utf8'),
  );
  return repositorySpec;
}
