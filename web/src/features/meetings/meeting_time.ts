// Meeting times between the API (UTC instants, RFC 3339) and the person (a wall-clock time in
// their profile's time zone, as a `datetime-local` input writes it: "YYYY-MM-DDTHH:MM").

/** The zone's offset from UTC in minutes at `instant` (east positive). */
export function zoneOffsetMinutes(instant: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? '0');
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The UTC instant (RFC 3339, "…Z") of a wall-clock time in `zone`; null for text that is not
 * "YYYY-MM-DDTHH:MM". A time that a daylight-saving change skips resolves to the later offset.
 */
export function zonedToUtc(local: string, zone: string): string | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  // The offsets a day either side: equal unless a daylight-saving change falls in between.
  const before = wall - zoneOffsetMinutes(wall - 86_400_000, zone) * 60_000;
  const after = wall - zoneOffsetMinutes(wall + 86_400_000, zone) * 60_000;
  const exact = [before, after].filter((c) => zoneOffsetMinutes(c, zone) * 60_000 + c === wall);
  // Twice in a night (clocks back): the first. Never (clocks forward): the offset from before,
  // which lands as far after the gap as the time was into it.
  const instant = exact.length > 0 ? Math.min(...exact) : before;
  return new Date(instant).toISOString().replace('.000Z', 'Z');
}

/** The wall-clock time ("YYYY-MM-DDTHH:MM") of a UTC instant in `zone`. */
export function utcToZoned(iso: string, zone: string): string {
  const instant = Date.parse(iso);
  const local = new Date(instant + zoneOffsetMinutes(instant, zone) * 60_000);
  return local.toISOString().slice(0, 16);
}

/** "Tuesday, 3 March 2026, 16:00 GMT-5" in the reader's language and zone. */
export function formatMeetingTime(iso: string, zone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: zone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** The zone to show times in: the profile's when it is a real zone, else the browser's. */
export function viewerZone(profileZone: string | undefined): string {
  const candidate = profileZone?.trim();
  if (candidate) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: candidate });
      return candidate;
    } catch {
      // fall through
    }
  }
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
