// @vitest-environment node
import { describe, expect, it } from 'vitest';
import en from '../i18n/en.json';
import es from '../i18n/es.json';
import { readOpenApi } from '../test/openapi';
import { at } from '../test/yaml_subset';
import { STATUS_STYLES, statusKey, statusStyle, type StatusKind } from './statuses';

const spec = readOpenApi();

/** The spec's schema of each kind's statuses. */
const SCHEMAS: Record<StatusKind, string> = {
  program: 'ProgramStatus',
  enrollment: 'EnrollmentStatus',
  invitation: 'InvitationStatus',
  round: 'MatchRoundStatus',
  request: 'MentorRequestStatus',
  relationship: 'RelationshipStatus',
  delivery: 'DeliveryStatus',
};

const TONES = ['success', 'warning', 'danger', 'neutral', 'info'];

function text(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], tree);
}

describe('status styles', () => {
  it.each(Object.entries(SCHEMAS))('%s: a style for every status of %s, and none else', (kind, schema) => {
    const statuses = Object.keys(STATUS_STYLES[kind as StatusKind].tones);
    expect(statuses.sort()).toEqual((at(spec, `components/schemas/${schema}/enum`) as string[]).slice().sort());
  });

  it('gives every status a known tone and words in English and Spanish', () => {
    for (const kind of Object.keys(SCHEMAS) as StatusKind[]) {
      for (const status of Object.keys(STATUS_STYLES[kind].tones)) {
        const style = statusStyle(kind, status as never);
        expect(TONES).toContain(style.tone);
        expect(typeof text(en, style.key), style.key).toBe('string');
        expect(typeof text(es, style.key), style.key).toBe('string');
      }
    }
  });

  it('maps the statuses a person acts on to the tones that say so', () => {
    expect(statusStyle('enrollment', 'pending').tone).toBe('warning');
    expect(statusStyle('request', 'pending').tone).toBe('warning');
    expect(statusStyle('relationship', 'proposed').tone).toBe('warning');
    expect(statusStyle('relationship', 'active').tone).toBe('success');
    expect(statusStyle('relationship', 'paused').tone).toBe('danger');
    expect(statusStyle('round', 'published').tone).toBe('success');
    expect(statusStyle('program', 'closed').tone).toBe('danger');
    expect(statusStyle('delivery', 'failed').tone).toBe('danger');
    expect(statusStyle('delivery', 'sent').tone).toBe('success');
  });

  it('words a status for its kind of record', () => {
    expect(statusKey('enrollment', 'active')).toBe('status.active');
    expect(statusKey('relationship', 'active')).toBe('matchStatus.active');
    expect(statusKey('delivery', 'pending')).toBe('deliveryStatus.pending');
    expect(statusKey('round', 'draft')).toBe('matchStatus.draft');
    expect(statusKey('program', 'draft')).toBe('status.draft');
  });
});
