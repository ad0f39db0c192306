// Every status the app shows, by the kind of record it belongs to: its badge's tone and its
// text's i18n key, in one table. The key is per kind because a word agrees with its record in
// Spanish ("Activa" for an enrollment, "Activo" for a match).
import type {
  DeliveryStatus,
  EnrollmentStatus,
  InvitationStatus,
  MatchRoundStatus,
  MentorRequestStatus,
  ProgramStatus,
  RelationshipStatus,
} from '../api_types';

export type BadgeTone = 'success' | 'warning' | 'danger' | 'neutral' | 'info';

/** Each kind's statuses: the spec's schema `<Schema>Status` (statuses.test.ts compares them). */
export interface StatusOf {
  program: ProgramStatus;
  enrollment: EnrollmentStatus;
  invitation: InvitationStatus;
  round: MatchRoundStatus;
  request: MentorRequestStatus;
  relationship: RelationshipStatus;
  delivery: DeliveryStatus;
}

export type StatusKind = keyof StatusOf;

interface StatusStyle {
  tone: BadgeTone;
  key: string;
}

/** Per kind: the i18n namespace of its statuses' words (`<words>.<status>`) and each one's tone. */
export const STATUS_STYLES: { [K in StatusKind]: { words: string; tones: Record<StatusOf[K], BadgeTone> } } = {
  program: { words: 'status', tones: { draft: 'neutral', open: 'success', closed: 'danger' } },
  enrollment: {
    words: 'status',
    tones: { pending: 'warning', active: 'success', declined: 'danger', withdrawn: 'neutral', ended: 'neutral' },
  },
  invitation: { words: 'status', tones: { pending: 'warning', accepted: 'success', revoked: 'neutral', expired: 'neutral' } },
  round: { words: 'matchStatus', tones: { draft: 'neutral', published: 'success', discarded: 'neutral' } },
  request: {
    words: 'matchStatus',
    tones: { pending: 'warning', accepted: 'success', declined: 'danger', withdrawn: 'neutral', expired: 'neutral' },
  },
  relationship: {
    words: 'matchStatus',
    tones: {
      proposed: 'warning',
      active: 'success',
      declined: 'danger',
      ended: 'neutral',
      paused: 'danger',
      awaiting_agreement: 'warning',
    },
  },
  delivery: { words: 'deliveryStatus', tones: { pending: 'warning', sending: 'info', sent: 'success', failed: 'danger' } },
};

/** The tone and i18n key of a status of a kind (neutral for one the table does not know yet). */
export function statusStyle<K extends StatusKind>(kind: K, status: StatusOf[K]): StatusStyle {
  const { words, tones } = STATUS_STYLES[kind];
  const tone: BadgeTone | undefined = (tones as Partial<Record<string, BadgeTone>>)[status];
  return { tone: tone ?? 'neutral', key: `${words}.${status}` };
}

/** The i18n key of a status's text, for where it is said rather than shown as a badge. */
export const statusKey = <K extends StatusKind>(kind: K, status: StatusOf[K]) => statusStyle(kind, status).key;
