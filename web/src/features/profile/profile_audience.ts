// Which profile questions apply to this person, decided from what the server already says: the
// roles of their memberships (GET /me) and their enrollments (GET /me/enrollments).
import type { BackgroundField, Enrollment, Me } from '../../api_types';
import type { ProfileDraft } from './profile_draft';

export interface ProfileAudience {
  /** Has the mentor role somewhere, or a pending or active mentor place in some program. */
  mentors: boolean;
  /** A coordinator marked them as a minor in some program (their own box is in the draft). */
  markedMinor: boolean;
}

/** Everything asked: what a form without this knowledge shows. */
export const EVERYONE: ProfileAudience = { mentors: true, markedMinor: false };

export function profileAudience(user: Me, enrollments: readonly Enrollment[]): ProfileAudience {
  const live = enrollments.filter((e) => e.status === 'active' || e.status === 'pending');
  return {
    mentors:
      user.memberships.some((m) => m.roles.includes('mentor')) || live.some((e) => e.role === 'mentor'),
    markedMinor: live.some((e) => e.minor_marked),
  };
}

/** Background questions that are not asked of a minor (military service). */
export const ADULT_ONLY_BACKGROUND: readonly BackgroundField[] = ['veteran'];

export function isMinor(draft: ProfileDraft, audience: ProfileAudience): boolean {
  return draft.minor.is_minor || audience.markedMinor;
}

/**
 * Mentor-only questions (skills I teach, capacity, mentees from other organisations) are asked of
 * mentors, and of anyone who already answered them (so an answer can still be changed or removed).
 */
export function asksMentorQuestions(draft: ProfileDraft, audience: ProfileAudience): boolean {
  // (The capacity is not a sign: every profile starts with the server's default of 1.)
  return audience.mentors || draft.skills_teach.length > 0 || draft.accepts_external_mentees;
}

/** The background questions to ask: adult-only ones are left out for a minor unless answered. */
export function askedBackground(
  fields: readonly BackgroundField[],
  draft: ProfileDraft,
  audience: ProfileAudience,
): BackgroundField[] {
  if (!isMinor(draft, audience)) return [...fields];
  return fields.filter((f) => !ADULT_ONLY_BACKGROUND.includes(f) || draft.background[f].value.trim() !== '');
}

