// api/openapi.yaml, read for tests that keep the web app's copies of its facts equal to it.
import { readFileSync } from 'node:fs';
import { parseYaml, type Yaml } from './yaml_subset';

export function readOpenApi(): Yaml {
  return parseYaml(readFileSync(new URL('../../../api/openapi.yaml', import.meta.url), 'utf8'));
}
