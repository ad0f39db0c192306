// Writes a gzip copy (`name.gz`) beside each text file of the built web app that compresses
// well, for the server to send to browsers that accept gzip (src/http/static_site.cc). HTML is
// left alone: the server writes a fresh CSP nonce into every page, so a page cannot be sent
// precompressed. Run after `vite build`: `node scripts/precompress.mjs dist`.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

const TEXT = new Set(['.js', '.css', '.svg', '.json', '.txt', '.webmanifest']);
/** A copy that saves less than this share of the file is not worth a second read. */
const MIN_SAVING = 0.1;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

const root = process.argv[2];
if (!root || !statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
  console.error('usage: node scripts/precompress.mjs <built web app folder>');
  process.exit(2);
}
let plain = 0;
let packed = 0;
let count = 0;
for (const file of files(root)) {
  if (!TEXT.has(extname(file))) continue;
  const content = readFileSync(file);
  const gz = gzipSync(content, { level: constants.Z_BEST_COMPRESSION });
  if (gz.length > content.length * (1 - MIN_SAVING)) continue;
  writeFileSync(`${file}.gz`, gz);
  plain += content.length;
  packed += gz.length;
  count += 1;
}
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(`precompressed ${count} files: ${kb(plain)} -> ${kb(packed)} gzip`);
