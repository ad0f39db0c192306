import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../api_types';
import en from '../../i18n/en.json';
import es from '../../i18n/es.json';
import { auditActor, auditText } from './audit_text';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'en', resources: { en: { translation: en }, es: { translation: es } }, interpolation: { escapeValue: false } });

function entry(action: string, params: Record<string, string>, subject = 'Ana Diaz'): AuditEntry {
  return {
    id: 'x',
    organisation_id: 'o',
    action,
    actor: { person_id: 'p1', name: 'Grace Liu' },
    subject: { person_id: 'p2', name: subject },
    params,
    created_at: '2026-12-07T00:00:00Z',
  };
}

describe('auditText', () => {
  it('renders every known action from its id and parameters, in English and Spanish', () => {
    const en = i18n.getFixedT('en');
    const es = i18n.getFixedT('es');
    const roles = entry('member.roles_changed', { from: 'mentor', to: 'coordinator,mentor' });
    expect(auditText(roles, en)).toBe('Changed the roles of Ana Diaz from Mentor to Coordinator, Mentor');
    expect(auditText(roles, es)).toBe(
      `Cambió los roles de Ana Diaz de ${es('roles.mentor')} a ${es('roles.coordinator')}, ${es('roles.mentor')}`,
    );
    const screened = entry('enrollment.screening_changed', { from: 'false', to: 'true', program_name: 'Pathways' });
    expect(auditText(screened, en)).toBe('Marked Ana Diaz as screened in Pathways');
    expect(auditText({ ...screened, params: { ...screened.params, from: 'true', to: 'false' } }, en)).toBe(
      'Withdrew the screening of Ana Diaz in Pathways',
    );
    expect(auditText(entry('organisation.created', { name: 'Riverside', slug: 'riverside', kind: 'school' }), es)).toBe(
      `Creó la organización Riverside (${es('orgKinds.school')})`,
    );
    expect(auditText(entry('member.roles_changed', { from: '', to: 'mentee' }), en)).toBe(
      'Changed the roles of Ana Diaz from no roles to Mentee',
    );
    for (const action of [
      'organisation.created',
      'organisation.first_admin_invited',
      'organisation.first_admin_appointed',
      'platform_admin.granted',
      'member.roles_changed',
      'enrollment.screening_changed',
      'enrollment.training_changed',
    ]) {
      for (const t of [en, es]) {
        const text = auditText(entry(action, { to: 'true', email: 'a@b.example', name: 'N', kind: 'school' }), t);
        expect(text).not.toMatch(/audit\.|\{\{/);
      }
    }
  });

  it('shows unknown actions by id and the command line as the actor', () => {
    const en = i18n.getFixedT('en');
    expect(auditText(entry('member.teleported', {}), en)).toBe('Action member.teleported');
    expect(auditActor({ ...entry('platform_admin.granted', {}), actor: null }, en)).toBe('Command line');
    expect(auditActor(entry('platform_admin.granted', {}), en)).toBe('Grace Liu');
  });
});
