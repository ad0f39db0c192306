// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readOpenApi } from '../test/openapi';
import { at, type Yaml } from '../test/yaml_subset';
import * as limits from './limits';

const spec = readOpenApi();

/** Each constant that mirrors the spec, and where the spec states it (under components/schemas). */
const STATED: [keyof typeof limits, string][] = [
  ['REQUEST_MESSAGE_MAX', 'MentorRequestInput/properties/message/maxLength'],
  ['DECLINE_REASON_MAX', 'DeclineRequestInput/properties/reason/maxLength'],
  ['EXCLUSION_REASON_MAX', 'ExclusionInput/properties/reason/maxLength'],
  ['TAXONOMY_LABEL_MAX', 'TaxonomyTermRename/properties/label/maxLength'],
  ['HEADLINE_MAX', 'ProfileInput/properties/headline/maxLength'],
  ['BIO_MAX', 'ProfileInput/properties/bio/maxLength'],
  ['SKILLS_MAX', 'ProfileInput/properties/skills_teach/maxItems'],
  ['SKILLS_MAX', 'ProfileInput/properties/skills_learn/maxItems'],
  ['AVAILABILITY_HOURS_MAX', 'ProfileInput/properties/availability_hours_per_month/maximum'],
  ['MENTOR_CAPACITY_MAX', 'MentorSettings/properties/capacity/maximum'],
  ['PREFERRED_MENTOR_GENDER_MAX', 'MenteePreferences/properties/preferred_mentor_gender/maxLength'],
  ['LEVEL_MIN', 'Level/minimum'],
  ['LEVEL_MAX', 'Level/maximum'],
  ['PROGRAM_CAPACITY_MIN', 'ProgramInput/properties/default_mentor_capacity/minimum'],
  ['PROGRAM_CAPACITY_MAX', 'ProgramInput/properties/default_mentor_capacity/maximum'],
  ['MAX_MENTORS_PER_MENTEE_MIN', 'MatchingSettingsInput/properties/max_mentors_per_mentee/minimum'],
  ['MAX_MENTORS_PER_MENTEE_MAX', 'MatchingSettingsInput/properties/max_mentors_per_mentee/maximum'],
  ['REQUEST_EXPIRY_DAYS_MIN', 'MatchingSettingsInput/properties/request_expiry_days/minimum'],
  ['REQUEST_EXPIRY_DAYS_MAX', 'MatchingSettingsInput/properties/request_expiry_days/maximum'],
  ['MIN_PASSWORD_LENGTH', 'PasswordResetConfirmInput/properties/password/minLength'],
];

/** Every `limit` query parameter in the spec, wherever it is declared (paths or components). */
function limitParameters(node: Yaml, found: Yaml[] = []): Yaml[] {
  if (Array.isArray(node)) node.forEach((n) => limitParameters(n, found));
  else if (node !== null && typeof node === 'object') {
    if (node.name === 'limit' && node.in === 'query') found.push(node);
    Object.values(node).forEach((n) => limitParameters(n, found));
  }
  return found;
}

describe('limits', () => {
  it.each(STATED)('%s equals the spec’s %s', (name, path) => {
    expect(limits[name]).toBe(at(spec, `components/schemas/${path}`));
  });

  it('asks for pages no larger than the largest the spec allows, and that one', () => {
    const maxima = limitParameters(spec).map((p) => at(p, 'schema/maximum'));
    expect(maxima.length).toBeGreaterThan(0);
    expect(limits.MAX_PAGE_LIMIT).toBe(Math.max(...maxima.map(Number)));
  });

  it('states every mirrored limit in the spec (a wrong path fails, not passes)', () => {
    expect(() => at(spec, 'components/schemas/MentorRequestInput/properties/message/minLength')).toThrow(
      /has no components\/schemas\/MentorRequestInput\/properties\/message\/minLength/,
    );
  });
});
