// A reader for the part of YAML that api/openapi.yaml is written in, so unit tests can compare
// the web app's constants with the spec without a YAML library: block mappings and sequences,
// plain and quoted scalars, flow collections ([a, b], { k: v }), block scalars (| and >, with
// chomping), and comments. No anchors, tags or multiple documents; anything else is an error.

export type Yaml = string | number | boolean | null | Yaml[] | { [key: string]: Yaml };

interface Line {
  indent: number;
  /** Without its indentation and trailing comment. */
  text: string;
  /** As written, for block scalars. */
  raw: string;
  number: number;
}

/** The first index outside quoted scalars at which `found` holds; -1 when there is none. */
function outsideQuotes(text: string, found: (i: number) => boolean): number {
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if ((c === "'" || c === '"') && (i === 0 || /[\s[{,:]/.test(text[i - 1]!))) {
      quote = c;
    } else if (found(i)) {
      return i;
    }
  }
  return -1;
}

/** `text` without a trailing comment: a # at the start or after white space, outside quotes. */
function stripComment(text: string): string {
  const hash = outsideQuotes(text, (i) => text[i] === '#' && (i === 0 || /\s/.test(text[i - 1]!)));
  return (hash < 0 ? text : text.slice(0, hash)).trimEnd();
}

/** Where a mapping entry's key ends: the first ':' outside quotes followed by a space or the end. */
function keyEnd(text: string): number {
  return outsideQuotes(text, (i) => text[i] === ':' && (i + 1 === text.length || text[i + 1] === ' '));
}

function plainScalar(text: string): Yaml {
  if (text === '' || text === '~' || text === 'null') return null;
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

function quoted(text: string, at: number): [string, number] {
  const quote = text[at];
  let out = '';
  let i = at + 1;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quote === "'" && c === "'") {
      if (text[i + 1] === "'") {
        out += "'";
        i++;
        continue;
      }
      return [out, i + 1];
    }
    if (quote === '"' && c === '\\') {
      const next = text[++i];
      out += next === 'n' ? '\n' : next === 't' ? '\t' : (next ?? '');
      continue;
    }
    if (quote === '"' && c === '"') return [out, i + 1];
    out += c;
  }
  throw new Error(`unterminated quoted scalar: ${text}`);
}

/** A flow collection or scalar starting at `at`; returns it and where it ends. */
function flow(text: string, at: number): [Yaml, number] {
  let i = at;
  while (text[i] === ' ') i++;
  const c = text[i];
  if (c === "'" || c === '"') return quoted(text, i);
  if (c === '[' || c === '{') {
    const close = c === '[' ? ']' : '}';
    const list: Yaml[] = [];
    const map: { [key: string]: Yaml } = {};
    i++;
    for (;;) {
      while (text[i] === ' ') i++;
      if (text[i] === close) return [c === '[' ? list : map, i + 1];
      if (c === '[') {
        const [item, end] = flow(text, i);
        list.push(item);
        i = end;
      } else {
        const [key, afterKey] = flow(text, i);
        i = afterKey;
        while (text[i] === ' ') i++;
        if (text[i] !== ':') throw new Error(`expected ':' in ${text}`);
        const [value, end] = flow(text, i + 1);
        map[String(key)] = value;
        i = end;
      }
      while (text[i] === ' ') i++;
      if (text[i] === ',') i++;
      else if (text[i] !== close) throw new Error(`expected ',' or '${close}' in ${text}`);
    }
  }
  // A plain scalar: up to a flow indicator (inside a collection) or the end.
  let end = i;
  while (end < text.length && !/[,\]}]/.test(text[end]!)) {
    if (text[end] === ':' && text[end + 1] === ' ') break;
    end++;
  }
  return [plainScalar(text.slice(i, end).trim()), end];
}

function scalarValue(text: string): Yaml {
  if (!/^[[{'"]/.test(text)) return plainScalar(text);
  const [value, end] = flow(text, 0);
  if (text.slice(end).trim() !== '') throw new Error(`unexpected text after a value: ${text}`);
  return value;
}

class Reader {
  private readonly lines: Line[];
  private at = 0;

  constructor(source: string) {
    this.lines = source.split(/\r?\n/).map((raw, i) => {
      const indent = raw.length - raw.trimStart().length;
      return { indent, text: stripComment(raw.trim()), raw, number: i + 1 };
    });
  }

  /** The next line that holds something, skipping blank and comment lines. */
  private peek(): Line | undefined {
    while (this.at < this.lines.length && this.lines[this.at]!.text === '') this.at++;
    return this.lines[this.at];
  }

  document(): Yaml {
    const first = this.peek();
    if (!first) return null;
    const value = this.block(first.indent);
    const rest = this.peek();
    if (rest) throw new Error(`line ${rest.number}: unexpected indentation`);
    return value;
  }

  private block(indent: number): Yaml {
    const line = this.peek()!;
    return line.text.startsWith('- ') || line.text === '-' ? this.sequence(indent) : this.mapping(indent);
  }

  private sequence(indent: number): Yaml[] {
    const out: Yaml[] = [];
    for (let line = this.peek(); line && line.indent === indent && /^-( |$)/.test(line.text); line = this.peek()) {
      const rest = line.text.slice(1).trimStart();
      if (rest === '') {
        this.at++;
        const next = this.peek();
        out.push(next && next.indent > indent ? this.block(next.indent) : null);
      } else if (keyEnd(rest) > 0 && !/^[[{'"]/.test(rest)) {
        // "- key: value": a mapping whose first entry shares the dash's line.
        const column = indent + (line.text.length - rest.length);
        this.lines[this.at] = { ...line, indent: column, text: rest };
        out.push(this.mapping(column));
      } else {
        this.at++;
        out.push(this.scalarWithContinuation(rest, indent));
      }
    }
    return out;
  }

  private mapping(indent: number): { [key: string]: Yaml } {
    const out: { [key: string]: Yaml } = {};
    for (let line = this.peek(); line && line.indent === indent && !/^-( |$)/.test(line.text); line = this.peek()) {
      const end = keyEnd(line.text);
      if (end <= 0) throw new Error(`line ${line.number}: expected "key: value"`);
      const keyText = line.text.slice(0, end).trim();
      const key = /^['"]/.test(keyText) ? quoted(keyText, 0)[0] : keyText;
      const rest = line.text.slice(end + 1).trim();
      this.at++;
      if (/^[|>][+-]?$/.test(rest)) {
        out[key] = this.blockScalar(rest, indent);
      } else if (rest === '') {
        const next = this.peek();
        const nested = next && (next.indent > indent || (next.indent === indent && /^-( |$)/.test(next.text)));
        out[key] = nested ? this.block(next.indent) : null;
      } else {
        out[key] = this.scalarWithContinuation(rest, indent);
      }
      if (this.peek() && this.peek()!.indent > indent) {
        throw new Error(`line ${this.peek()!.number}: unexpected indentation`);
      }
    }
    return out;
  }

  /** A scalar, with any more-indented lines after it folded in (a plain scalar over lines). */
  private scalarWithContinuation(first: string, indent: number): Yaml {
    const parts = [first];
    for (let next = this.peek(); next && next.indent > indent; next = this.peek()) {
      parts.push(next.text);
      this.at++;
    }
    return parts.length === 1 || /^[[{'"]/.test(first) ? scalarValue(parts.join(' ')) : parts.join(' ');
  }

  private blockScalar(header: string, parentIndent: number): string {
    const lines: string[] = [];
    let indent = -1;
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!;
      const blank = line.raw.trim() === '';
      if (!blank && line.indent <= parentIndent) break;
      if (!blank && indent < 0) indent = line.indent;
      lines.push(blank ? '' : line.raw.slice(indent));
      this.at++;
    }
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    const text = header.startsWith('|')
      ? lines.join('\n')
      : lines.reduce((acc, l, i) => (i === 0 ? l : l === '' ? `${acc}\n` : lines[i - 1] === '' ? acc + l : `${acc} ${l}`), '');
    return header.endsWith('-') ? text : `${text}\n`;
  }
}

export function parseYaml(source: string): Yaml {
  return new Reader(source).document();
}

/** The value at a '/'-separated path of keys (sequence items by index); throws when it is missing. */
export function at(root: Yaml, path: string): Yaml {
  let node: Yaml = root;
  for (const key of path.split('/')) {
    if (node === null || typeof node !== 'object' || !(key in node)) {
      throw new Error(`the spec has no ${path} (stopped at "${key}")`);
    }
    node = (node as { [key: string]: Yaml })[key]!;
  }
  return node;
}
