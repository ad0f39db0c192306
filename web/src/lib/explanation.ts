import { isApiError } from '../api/api_error';

export interface ExplanationItem {
  reason: string;
  /** The points in "(+25)", when the piece carries them. */
  points?: number;
}

const SEPARATOR = ' · ';
const POINTS = /\s*\(\+(\d+)\)\s*$/;

/**
 * Splits the server's explanation text ("both speak Spanish (+10) · same time zone (+5)") into
 * its reasons. A piece without "(+N)" at its end is glued to the next one, so a reason that itself
 * contains " · " stays whole.
 */
export function splitExplanation(text: string): ExplanationItem[] {
  const pieces = text.split(SEPARATOR);
  const items: ExplanationItem[] = [];
  let pending = '';
  pieces.forEach((piece, i) => {
    const joined = pending ? `${pending}${SEPARATOR}${piece}` : piece;
    const match = POINTS.exec(joined);
    if (match || i === pieces.length - 1) {
      const reason = (match ? joined.slice(0, match.index) : joined).trim();
      if (reason) items.push(match ? { reason, points: Number(match[1]) } : { reason });
      pending = '';
    } else {
      pending = joined;
    }
  });
  return items;
}

/**
 * The explanation a person reads about a request or relationship: worded for the mentor when they
 * are its mentor, else for the mentee. Records from before mentor wording existed have an empty
 * `mentor_explanation`; the mentor then reads nothing rather than the mentee's "you want …".
 */
export function explanationFor(
  record: { mentor_id: string; explanation: string; mentor_explanation: string },
  viewerId: string,
): string {
  return record.mentor_id === viewerId ? record.mentor_explanation : record.explanation;
}

export type RequestProblem = 'limit' | 'duplicate' | 'hasMentor' | 'other';

/** Sorts the server's answer to "request a mentor" into the cases the screen words itself. */
export function classifyRequestError(error: unknown): RequestProblem {
  if (!isApiError(error) || error.status !== 409) return 'other';
  if (error.code === 'already-exists') return 'duplicate';
  const detail = (error.detail ?? '').toLowerCase();
  if (/open requests/.test(detail)) return 'limit';
  if (/already have a mentor/.test(detail)) return 'hasMentor';
  return 'other';
}

export function openRequestCount(requests: readonly { status: string }[]): number {
  return requests.filter((r) => r.status === 'pending').length;
}
