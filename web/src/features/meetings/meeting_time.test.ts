import { describe, expect, test } from 'vitest';
import { formatMeetingTime, utcToZoned, viewerZone, zonedToUtc } from './meeting_time';

describe('meeting times', () => {
  test('a wall-clock time in the viewer zone becomes the right UTC instant', () => {
    expect(zonedToUtc('2026-03-01T16:00', 'America/New_York')).toBe('2026-03-01T21:00:00Z'); // EST, -5
    expect(zonedToUtc('2026-03-15T16:00', 'America/New_York')).toBe('2026-03-15T20:00:00Z'); // EDT, -4
    expect(zonedToUtc('2026-07-01T09:30', 'Asia/Kolkata')).toBe('2026-07-01T04:00:00Z'); // +5:30
    expect(zonedToUtc('2026-07-01T09:30', 'UTC')).toBe('2026-07-01T09:30:00Z');
    expect(zonedToUtc('tomorrow', 'UTC')).toBeNull();
  });

  test('a time skipped by daylight saving resolves forward', () => {
    // 02:30 does not exist in New York on 2026-03-08.
    const instant = zonedToUtc('2026-03-08T02:30', 'America/New_York');
    expect(instant).not.toBeNull();
    expect(utcToZoned(instant!, 'America/New_York')).toBe('2026-03-08T03:30');
  });

  test('a UTC instant shows as the wall-clock time of the zone, round trip', () => {
    expect(utcToZoned('2026-03-01T21:00:00Z', 'America/New_York')).toBe('2026-03-01T16:00');
    expect(utcToZoned('2026-11-01T05:30:00Z', 'America/Bogota')).toBe('2026-11-01T00:30');
    for (const zone of ['Europe/Madrid', 'America/Los_Angeles', 'Australia/Adelaide']) {
      expect(utcToZoned(zonedToUtc('2026-10-25T10:15', zone)!, zone)).toBe('2026-10-25T10:15');
    }
  });

  test('formatted in the reader language and zone', () => {
    expect(formatMeetingTime('2026-03-01T21:00:00Z', 'America/New_York', 'en-US')).toMatch(/March 1, 2026.*04:00\s?PM/);
    expect(formatMeetingTime('2026-03-01T21:00:00Z', 'Europe/Madrid', 'es')).toMatch(/1 de marzo de 2026.*22:00/);
  });

  test('the profile zone, else the browser zone', () => {
    expect(viewerZone('Asia/Tokyo')).toBe('Asia/Tokyo');
    expect(viewerZone('Not/AZone')).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(viewerZone(undefined)).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});
