import type { TFunction } from 'i18next';
import type { AuditEntry } from '../../api_types';

/** "Coordinator, Mentor" from the server's comma-separated role ids. */
function rolesText(value: string | undefined, t: TFunction): string {
  const roles = (value ?? '').split(',').filter(Boolean);
  if (roles.length === 0) return t('audit.noRoles');
  return roles.map((r) => t(`roles.${r}`, { defaultValue: r })).join(', ');
}

/** Who acted: a person's name, or the command line. */
export function auditActor(entry: AuditEntry, t: TFunction): string {
  if (!entry.actor) return t('audit.commandLine');
  return entry.actor.name || t('audit.formerAccount');
}

/** The i18n key of an action id ("member.roles_changed" -> "audit.actions.member_roles_changed"). */
const key = (action: string) => `audit.actions.${action.replace(/\./g, '_')}`;

/** What happened, in the reader's language, from the action id and its parameters (never server text). */
export function auditText(entry: AuditEntry, t: TFunction): string {
  const p = entry.params;
  const subject = entry.subject ? entry.subject.name || t('audit.formerAccount') : '';
  switch (entry.action) {
    case 'organisation.created':
      return t(key(entry.action), { name: p.name, kind: t(`orgKinds.${p.kind}`, { defaultValue: p.kind }) });
    case 'organisation.first_admin_invited':
    case 'organisation.first_admin_appointed':
    case 'platform_admin.granted':
      return t(key(entry.action), { email: p.email, subject });
    case 'member.roles_changed':
      return t(key(entry.action), { subject, from: rolesText(p.from, t), to: rolesText(p.to, t) });
    case 'enrollment.screening_changed':
    case 'enrollment.training_changed':
    case 'enrollment.minor_mark_changed':
      return t(`${key(entry.action)}_${p.to === 'true' ? 'on' : 'off'}`, { subject, program: p.program_name ?? '' });
    case 'enrollment.ended':
      return t(key(entry.action), {
        subject,
        program: p.program_name ?? '',
        role: t(`roles.${p.role}`, { defaultValue: p.role ?? '' }),
      });
    case 'member.removed':
      return t(key(entry.action), { subject });
    case 'relationship.resumed':
    case 'relationship.unsafe_reported':
    case 'relationship.manager_assigned':
      return t(key(entry.action), { subject, program: p.program_name ?? '' });
    default:
      return t('audit.actions.unknown', { action: entry.action });
  }
}
