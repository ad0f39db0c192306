import i18next from 'i18next';
import { describe, expect, test } from 'vitest';
import en from '../../i18n/en.json';
import es from '../../i18n/es.json';
import type { HealthReason } from '../../api';
import { healthReasonText } from './health_text';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'en', resources: { en: { translation: en }, es: { translation: es } }, interpolation: { escapeValue: false } });

const reason = (id: string, params: HealthReason['params'] = {}, level: HealthReason['level'] = 'needs_checkin'): HealthReason => ({
  id,
  level,
  params,
});

const ALL: HealthReason[] = [
  reason('paused', {}, 'at_risk'),
  reason('no_meeting_for', { days: 40, cadence: 30 }),
  reason('no_meeting_yet', { days: 61, cadence: 30 }, 'at_risk'),
  reason('checkin_due', { days: 50, cadence: 45 }),
  reason('no_checkin_yet', { days: 31, cadence: 30 }),
  reason('quiet_messages', { days: 20 }),
  reason('no_messages', { days: 20 }),
  reason('milestones_overdue', { count: 3 }, 'at_risk'),
  reason('pulse_low', { score: 2 }, 'at_risk'),
  reason('pulse_mixed', { score: 3 }),
  reason('pulse_not_met'),
  reason('follow_ups_overdue', { count: 1 }),
  reason('met_recently', { days: 5, cadence: 30 }, 'on_track'),
  reason('just_started', { days: 1 }, 'on_track'),
];

describe('health reasons in words', () => {
  test('each reason says its facts in English', () => {
    const t = i18n.getFixedT('en');
    expect(healthReasonText(t, reason('no_meeting_for', { days: 40, cadence: 30 }))).toBe(
      'No meeting logged for 40 days (the program asks for one every 30 days).',
    );
    expect(healthReasonText(t, reason('milestones_overdue', { count: 1 }))).toBe('1 milestone is overdue.');
    expect(healthReasonText(t, reason('milestones_overdue', { count: 3 }))).toBe('3 milestones are overdue.');
    expect(healthReasonText(t, reason('pulse_low', { score: 2 }))).toBe('A participant rated the relationship 2 out of 5.');
    expect(healthReasonText(t, reason('checkin_due', { days: 50, cadence: 45 }))).toBe(
      'Last check-in 50 days ago (due every 45 days).',
    );
  });

  test('and in Spanish', () => {
    const t = i18n.getFixedT('es');
    expect(healthReasonText(t, reason('no_meeting_for', { days: 40, cadence: 30 }))).toBe(
      'Sin reuniones registradas desde hace 40 días (el programa pide una cada 30 días).',
    );
    expect(healthReasonText(t, reason('pulse_low', { score: 2 }))).toBe('Un participante valoró la relación con 2 de 5.');
  });

  test('every reason id has words in both languages, and an unknown id still says something', () => {
    for (const lng of ['en', 'es']) {
      const t = i18n.getFixedT(lng);
      for (const r of ALL) {
        const text = healthReasonText(t, r);
        expect(text, `${lng} ${r.id}`).not.toContain('caseload.reasons');
        expect(text, `${lng} ${r.id}`).not.toMatch(/{{|undefined|NaN/);
      }
      expect(healthReasonText(t, reason('something_new'))).toContain('something_new');
    }
  });
});
