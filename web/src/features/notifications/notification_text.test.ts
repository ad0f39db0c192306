import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS, type Notification, type NotificationKind, type NotificationParams } from '../../api_types';
import en from '../../i18n/en.json';
import es from '../../i18n/es.json';
import { NOTIFICATION_PARAMS, notificationText } from './notification_text';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'en', resources: { en: { translation: en }, es: { translation: es } }, interpolation: { escapeValue: false } });
const EN = i18n.getFixedT('en');
const ES = i18n.getFixedT('es');

function note(kind: NotificationKind, params: NotificationParams): Notification {
  return { id: 'n1', organisation_id: 'o1', kind, params, link: '/x', created_at: '2026-12-07T00:00:00Z', read: false };
}

const rel = { relationship_id: 'r1', program_name: 'Robotics' };

// One case per kind (and per variant of a kind): the notification, then the English and the Spanish line.
const CASES: [string, Notification, string, string][] = [
  [
    'message_flagged',
    note('message_flagged', { program_id: 'p1', program_name: 'Robotics', relationship_id: 'r1', message_id: 'm1' }),
    'A message in Robotics was flagged for you to review.',
    'Se ha marcado un mensaje en Robotics para que lo revises.',
  ],
  [
    'safety_report (a concern)',
    note('safety_report', { program_id: 'p1', program_name: 'Robotics', relationship_id: 'r1', report_id: 's1', report_kind: 'concern' }),
    'A participant in Robotics sent a report for you to review.',
    'Una persona participante de Robotics ha enviado un aviso para que lo revises.',
  ],
  [
    'safety_report (I feel unsafe)',
    note('safety_report', { program_id: 'p1', program_name: 'Robotics', relationship_id: 'r1', report_id: 's1', report_kind: 'unsafe' }),
    'A mentee in Robotics says they feel unsafe: contact is paused. Please look at it now.',
    'Una persona mentorizada de Robotics dice que no se siente segura: el contacto está en pausa. Revísalo ahora.',
  ],
  [
    'match_proposed (the other is the mentor)',
    note('match_proposed', { ...rel, other_name: 'Ana', other_role: 'mentor' }),
    'You have been proposed with Ana as your mentor in Robotics.',
    'Se te ha propuesto un emparejamiento con Ana como tu mentor en Robotics.',
  ],
  [
    'match_proposed (the other is the mentee)',
    note('match_proposed', { ...rel, other_name: 'Ben', other_role: 'mentee' }),
    'You have been proposed with Ben as your mentee in Robotics.',
    'Se te ha propuesto un emparejamiento con Ben como tu mentorado en Robotics.',
  ],
  [
    'match_matched (peers)',
    note('match_matched', { ...rel, other_name: 'Cy', other_role: 'peer' }),
    'You have been matched with Cy as your peer in Robotics. Next: plan a first meeting together (see My matches).',
    'Te han emparejado con Cy como compañero en Robotics. Siguiente paso: planificad un primer encuentro (ver Mis emparejamientos).',
  ],
  [
    'match_matched (the other is the mentor)',
    note('match_matched', { ...rel, other_name: 'Ana', other_role: 'mentor' }),
    'You have been matched with Ana as your mentor in Robotics. Next: plan a first meeting together (see My matches).',
    'Te han emparejado con Ana como tu mentor en Robotics. Siguiente paso: planificad un primer encuentro (ver Mis emparejamientos).',
  ],
  [
    'match_accepted',
    note('match_accepted', { ...rel, other_name: 'Ben' }),
    'Ben accepted the match in Robotics.',
    'Ben ha aceptado el emparejamiento en Robotics.',
  ],
  [
    'match_confirmed',
    note('match_confirmed', { ...rel, other_name: 'Ana' }),
    'Your match with Ana in Robotics is confirmed. Next: plan a first meeting together (see My matches).',
    'Tu emparejamiento con Ana en Robotics está confirmado. Siguiente paso: planificad un primer encuentro (ver Mis emparejamientos).',
  ],
  [
    'match_declined',
    note('match_declined', { ...rel, other_name: 'Ben' }),
    'Ben declined the match in Robotics.',
    'Ben ha rechazado el emparejamiento en Robotics.',
  ],
  [
    'match_paused',
    note('match_paused', rel),
    "Your match in Robotics is paused by the program's safeguarding rules; a coordinator will be in touch.",
    'Tu emparejamiento en Robotics está en pausa por las normas de protección del programa; la coordinación se pondrá en contacto contigo.',
  ],
  [
    'match_resumed',
    note('match_resumed', rel),
    'Your match in Robotics is resumed.',
    'Tu emparejamiento en Robotics se ha reanudado.',
  ],
  [
    'request_received',
    note('request_received', { request_id: 'q1', program_name: 'Robotics', mentee_name: 'Ben' }),
    'Ben asked you to be their mentor in Robotics.',
    'Ben te ha pedido que seas su mentor en Robotics.',
  ],
  [
    'request_accepted',
    note('request_accepted', { request_id: 'q1', relationship_id: 'r1', program_name: 'Robotics', mentor_name: 'Ana' }),
    'Ana accepted your request in Robotics. Next: plan a first meeting together (see My matches).',
    'Ana ha aceptado tu solicitud en Robotics. Siguiente paso: planificad un primer encuentro (ver Mis emparejamientos).',
  ],
  [
    'request_declined (with the mentor’s reason)',
    note('request_declined', { request_id: 'q1', program_name: 'Robotics', mentor_name: 'Ana', reason: 'My calendar is full.' }),
    'Ana declined your request in Robotics: My calendar is full.',
    'Ana ha rechazado tu solicitud en Robotics: My calendar is full.',
  ],
  [
    'request_declined (no reason)',
    note('request_declined', { request_id: 'q1', program_name: 'Robotics', mentor_name: 'Ana', reason: '' }),
    'Ana declined your request in Robotics.',
    'Ana ha rechazado tu solicitud en Robotics.',
  ],
  [
    'request_withdrawn (the mentee left)',
    note('request_withdrawn', { request_id: 'q1', program_name: 'Robotics', other_name: 'Ben', left: 'mentee' }),
    "Ben's request in Robotics was withdrawn: they no longer take part in it.",
    'La solicitud de Ben en Robotics se ha retirado: ya no participa en el programa.',
  ],
  [
    'request_withdrawn (the mentor left)',
    note('request_withdrawn', { request_id: 'q1', program_name: 'Robotics', other_name: 'Ana', left: 'mentor' }),
    'Your request to Ana in Robotics was withdrawn: they no longer mentor in it.',
    'Tu solicitud a Ana en Robotics se ha retirado: ya no es mentor en el programa.',
  ],
  [
    'request_matched_elsewhere',
    note('request_matched_elsewhere', { request_id: 'q1', program_name: 'Robotics', mentee_name: 'Ben' }),
    "Ben's request in Robotics was withdrawn: they have been matched with a mentor.",
    'La solicitud de Ben en Robotics se ha retirado: ya tiene mentor asignado.',
  ],
  [
    'relationship_ended',
    note('relationship_ended', { ...rel, other_name: 'Ben' }),
    'Your match with Ben in Robotics has ended: they no longer take part in it.',
    'Tu emparejamiento con Ben en Robotics ha terminado: ya no participa en el programa.',
  ],
  [
    'enrollment_ended',
    note('enrollment_ended', { program_id: 'p1', program_name: 'Robotics' }),
    'Your place in Robotics has ended.',
    'Tu plaza en Robotics ha terminado.',
  ],
  [
    'safeguarding_paused (plural counts)',
    note('safeguarding_paused', { program_id: 'p1', program_name: 'Robotics', paused: '2', requests_withdrawn: '0', proposals_withdrawn: '3' }),
    'Safeguarding in Robotics: 2 matches paused; 0 requests and 3 unpublished proposals withdrawn because a mentor is not cleared for a protected participant.',
    'Protección en Robotics: 2 emparejamientos en pausa; 0 solicitudes y 3 propuestas sin publicar retiradas porque un mentor no está habilitado para un participante protegido.',
  ],
  [
    'safeguarding_paused (singular counts)',
    note('safeguarding_paused', { program_id: 'p1', program_name: 'Robotics', paused: '1', requests_withdrawn: '1', proposals_withdrawn: '1' }),
    'Safeguarding in Robotics: 1 match paused; 1 request and 1 unpublished proposal withdrawn because a mentor is not cleared for a protected participant.',
    'Protección en Robotics: 1 emparejamiento en pausa; 1 solicitud y 1 propuesta sin publicar retiradas porque un mentor no está habilitado para un participante protegido.',
  ],
  [
    'agreement_updated',
    note('agreement_updated', { relationship_id: 'r1', program_name: 'Robotics', version: '2' }),
    'Robotics published version 2 of its mentoring agreement: please read and accept it.',
    'Robotics ha publicado la versión 2 de su acuerdo de mentoría: léela y acéptala.',
  ],
  [
    'caseload_assigned',
    note('caseload_assigned', { relationship_id: 'r1', program_name: 'Robotics', mentee_name: 'Ana', mentor_name: 'Ben' }),
    'You now manage the match of Ana and Ben in Robotics.',
    'Ahora gestionas la relación de Ana y Ben en Robotics.',
  ],
  [
    'pulse_survey_due',
    note('pulse_survey_due', { survey_id: 's1', program_name: 'Robotics', other_name: 'Ana' }),
    'How is your mentoring with Ana going (Robotics)? Answer a short survey.',
    '¿Cómo va tu mentoría con Ana (Robotics)? Responde una breve encuesta.',
  ],
];

const meeting = { relationship_id: 'r1', meeting_id: 'm1', program_name: 'Robotics', other_name: 'Ana', start_at: '2026-03-01T21:00:00Z' };

// Meeting notices name the start in the reader's zone (here New York: 16:00 EST).
const MEETING_CASES: [string, Notification, string, string][] = [
  [
    'meeting_proposed',
    note('meeting_proposed', meeting),
    'Ana proposed a meeting on Mar 1, 2026, 4:00 PM (Robotics).',
    'Ana ha propuesto una reunión el 1 mar 2026, 16:00 (Robotics).',
  ],
  [
    'meeting_suggested',
    note('meeting_suggested', meeting),
    'Tandem suggests your next meeting with Ana on Mar 1, 2026, 4:00 PM (Robotics): accept it or pick another time.',
    'Tandem sugiere tu próxima reunión con Ana el 1 mar 2026, 16:00 (Robotics): acéptala o elige otra hora.',
  ],
  [
    'meeting_accepted',
    note('meeting_accepted', meeting),
    'Ana accepted the meeting on Mar 1, 2026, 4:00 PM (Robotics).',
    'Ana ha aceptado la reunión del 1 mar 2026, 16:00 (Robotics).',
  ],
  [
    'meeting_declined',
    note('meeting_declined', meeting),
    'Ana declined the meeting on Mar 1, 2026, 4:00 PM (Robotics).',
    'Ana ha rechazado la reunión del 1 mar 2026, 16:00 (Robotics).',
  ],
  [
    'meeting_rescheduled',
    note('meeting_rescheduled', meeting),
    'Ana moved a meeting to Mar 1, 2026, 4:00 PM (Robotics): please answer the new time.',
    'Ana ha cambiado una reunión al 1 mar 2026, 16:00 (Robotics): responde a la nueva hora.',
  ],
  [
    'meeting_cancelled',
    note('meeting_cancelled', meeting),
    'Ana cancelled the meeting on Mar 1, 2026, 4:00 PM (Robotics).',
    'Ana ha cancelado la reunión del 1 mar 2026, 16:00 (Robotics).',
  ],
];

describe('notificationText', () => {
  it.each(MEETING_CASES)('%s, in English and Spanish, in the reader\'s zone', (_name, n, english, spanish) => {
    expect(notificationText(n, EN, 'America/New_York').replace(/\u202f/g, ' ')).toBe(english);
    expect(notificationText(n, ES, 'America/New_York').replace(/\u202f/g, ' ')).toBe(spanish);
  });

  it.each(CASES)('%s, in English and Spanish', (_name, n, english, spanish) => {
    expect(notificationText(n, EN)).toBe(english);
    expect(notificationText(n, ES)).toBe(spanish);
  });

  it('has a case for every kind the API names', () => {
    expect(new Set([...CASES, ...MEETING_CASES].map(([, n]) => n.kind))).toEqual(new Set(NOTIFICATION_KINDS));
    expect(Object.keys(NOTIFICATION_PARAMS).sort()).toEqual([...NOTIFICATION_KINDS].sort());
  });

  it('shows a generic line for each kind when the parameters are missing (notifications from before parameters)', () => {
    for (const kind of NOTIFICATION_KINDS) {
      for (const t of [EN, ES]) {
        const text = notificationText(note(kind, {}), t);
        expect(text).toBe(t(`notifications.generic.${kind}`));
        expect(text).not.toMatch(/notifications\.|\{\{/);
      }
    }
    expect(notificationText(note('match_confirmed', {}), EN)).toBe('Your match is confirmed.');
    expect(notificationText(note('match_confirmed', {}), ES)).toBe('Tu emparejamiento está confirmado.');
    // One parameter short is as good as none: no half-filled sentence.
    expect(notificationText(note('request_received', { request_id: 'q1', program_name: 'Robotics' }), EN)).toBe(
      'You have a new mentoring request.',
    );
  });

  it('never interprets a name as markup or a placeholder', () => {
    const n = note('match_accepted', { ...rel, other_name: '<b>{{program}}</b>' });
    expect(notificationText(n, EN)).toBe('<b>{{program}}</b> accepted the match in Robotics.');
  });
});
