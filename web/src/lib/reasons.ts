import type { TFunction } from 'i18next';
import type { InfeasibilityId, NotChosen, Reason, ReasonParams, UnmatchedReasonId } from '../api_types';

/**
 * Words for the reasons of a match, which the server sends as data ({id, points, params}): in the
 * reader's language and from the reader's side, naming the other person. The mentee reads "you
 * want SQL at level 3, Rohan teaches it at level 4", the mentor "Aarav wants SQL at level 3, you
 * teach it at level 4", a coordinator "Aarav wants SQL at level 3, Rohan teaches it at level 4".
 */
export type ReaderSide = 'mentee' | 'mentor' | 'coordinator';

/** Who reads, and the names of the people they read about (everyone but themselves). */
export type Reader =
  | { side: 'mentee'; mentorName: string }
  | { side: 'mentor'; menteeName: string }
  | { side: 'coordinator'; menteeName: string; mentorName: string };

/** Who reads a request or relationship: its mentee, its mentor, or someone else (a coordinator). */
export function readerOf(
  record: { mentee_id: string; mentor_id: string; mentee_name: string; mentor_name: string },
  viewerId: string,
): Reader {
  if (record.mentor_id === viewerId) return { side: 'mentor', menteeName: record.mentee_name };
  if (record.mentee_id === viewerId) return { side: 'mentee', mentorName: record.mentor_name };
  return { side: 'coordinator', menteeName: record.mentee_name, mentorName: record.mentor_name };
}

function num(params: ReasonParams, key: string): number {
  const v = params[key];
  return typeof v === 'number' ? v : 0;
}

function str(params: ReasonParams, key: string): string {
  const v = params[key];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

function list(params: ReasonParams, key: string): string[] {
  const v = params[key];
  return Array.isArray(v) ? v : [];
}

/** "Spanish and English" / "español e inglés", in the reader's language. */
function joinList(items: string[], lng: string): string {
  return new Intl.ListFormat(lng, { style: 'long', type: 'conjunction' }).format(items);
}

function languageName(code: string, lng: string): string {
  try {
    return new Intl.DisplayNames([lng], { type: 'language' }).of(code) ?? code;
  } catch {
    return code; // not a language code (free text): shown as given
  }
}

/** Hours from minutes, with the quarter hours some zones have: "5", "5.75" / "5,75". */
function hours(minutes: number, lng: string): string {
  return new Intl.NumberFormat(lng, { maximumFractionDigits: 2 }).format(minutes / 60);
}

/** One reason's words for `reader`, in the language of `t` (`lng` formats lists and numbers). */
export function reasonText(t: TFunction, lng: string, reason: Reason, reader: Reader): string {
  const p = reason.params;
  const side = reader.side;
  const names = {
    mentee: reader.side === 'mentee' ? '' : reader.menteeName,
    mentor: reader.side === 'mentor' ? '' : reader.mentorName,
  };
  const field = () => {
    const id = str(p, 'field');
    return t(`background.${id}`, { defaultValue: id.replace(/_/g, ' ') });
  };
  switch (reason.id) {
    case 'shared_language':
      return t(`reasons.shared_language.${side}`, {
        ...names,
        languages: joinList(list(p, 'languages').map((c) => languageName(c, lng)), lng),
      });
    case 'skill_match':
      return t(`reasons.skill_match.${side}`, {
        ...names,
        skill: str(p, 'skill'),
        mentorLevel: num(p, 'mentor_level'),
        targetLevel: num(p, 'target_level'),
      });
    case 'goals_overlap': {
      // The server names only informative words; there may be none (numbers, words every profile uses).
      const words = list(p, 'words');
      if (words.length === 0) return t(`reasons.goals_similar.${side}`, names);
      return t(`reasons.goals_overlap.${side}`, { ...names, words: joinList(words, lng) });
    }
    case 'shared_interests':
      return t(`reasons.shared_interests.${side}`, { ...names, interests: joinList(list(p, 'interests'), lng) });
    case 'background_match':
    case 'preference_met':
      return t(`reasons.${reason.id}.${side}`, { ...names, field: field(), value: str(p, 'value') });
    case 'time_zone': {
      const lo = num(p, 'min_minutes');
      const hi = num(p, 'max_minutes');
      if (lo === hi && lo === 0) return t('reasons.time_zone.same');
      if (lo === hi) return t('reasons.time_zone.one', { hours: hours(lo, lng) });
      return t('reasons.time_zone.range', { from: hours(lo, lng), to: hours(hi, lng) });
    }
    case 'availability': {
      const asked = num(p, 'mentee_hours');
      // A mentee who gave no hours asks for nothing in particular: only the offer is named.
      const key = asked <= 0 ? `${side}Offer` : side;
      return t(`reasons.availability.${key}`, { ...names, menteeHours: asked, mentorHours: num(p, 'mentor_hours') });
    }
    case 'outside_organisation':
    case 'experience_gap':
      return t(`reasons.${reason.id}.${side}`, names);
    default:
      return t('reasons.unknown');
  }
}

/** Why no mentor was proposed for a mentee of a draft round (read by coordinators). */
export function unmatchedText(t: TFunction, u: { reason_id: UnmatchedReasonId; params: ReasonParams }): string {
  const p = u.params;
  if (u.reason_id === 'no_suitable_mentor') {
    const cause = str(p, 'cause') as InfeasibilityId;
    return t('unmatched.no_suitable_mentor', {
      cause: t(`infeasible.${cause}`, { defaultValue: cause }),
      ruledOut: num(p, 'count'),
      mentors: num(p, 'mentors'),
    });
  }
  return t(`unmatched.${u.reason_id}`, { candidates: num(p, 'candidates') });
}

/**
 * Why a round did not give an unmatched mentee this mentor (read by coordinators, in the hand
 * assignment's list): "Full: this round gave both places to mentees who fit at least as well".
 */
export function notChosenText(t: TFunction, n: NotChosen, menteeName: string): string {
  const p = n.params;
  if (n.id === 'hard_constraint') {
    const cause = str(p, 'cause') as InfeasibilityId;
    return t('notChosen.hard_constraint', { cause: t(`infeasible.${cause}`, { defaultValue: cause }) });
  }
  return t(`notChosen.${n.id}`, {
    mentee: menteeName,
    count: num(p, n.id === 'full_before_round' ? 'capacity' : n.id === 'room_opened' ? 'room' : 'mentees'),
    lowest: num(p, 'lowest_score'),
    rank: num(p, 'rank'),
    candidates: num(p, 'candidates'),
    defaultValue: t('reasons.unknown'),
  });
}
