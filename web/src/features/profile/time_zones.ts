// Time zone choices: the browser's IANA list when it has Intl.supportedValuesOf, else a short list.
// The server accepts every zone and link name of the IANA database (Debian's tzdata), which holds
// every name Chromium's list offers (418 of 418 on Debian 12) and every fallback below; a name a
// newer browser knows and the server does not yet gets the server's "time_zone" field error.

const FALLBACK_ZONES = [
  'America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles',
  'America/Anchorage', 'Pacific/Honolulu', 'America/Toronto', 'America/Vancouver', 'America/Mexico_City',
  'America/Bogota', 'America/Lima', 'America/Santiago', 'America/Argentina/Buenos_Aires',
  'America/Sao_Paulo', 'Europe/London', 'Europe/Dublin', 'Europe/Lisbon', 'Europe/Madrid',
  'Europe/Paris', 'Europe/Berlin', 'Europe/Rome', 'Europe/Amsterdam', 'Europe/Stockholm',
  'Europe/Warsaw', 'Europe/Athens', 'Europe/Istanbul', 'Europe/Moscow', 'Africa/Lagos', 'Africa/Cairo',
  'Africa/Nairobi', 'Africa/Johannesburg', 'Asia/Dubai', 'Asia/Karachi', 'Asia/Kolkata', 'Asia/Dhaka',
  'Asia/Bangkok', 'Asia/Singapore', 'Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Tokyo', 'Asia/Seoul',
  'Australia/Perth', 'Australia/Sydney', 'Pacific/Auckland',
];

let cached: string[] | null = null;

function supportedZones(): string[] {
  if (cached) return cached;
  let zones: string[] = [];
  try {
    const intl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
    zones = intl.supportedValuesOf?.('timeZone') ?? [];
  } catch {
    zones = [];
  }
  cached = zones.length > 0 ? zones : FALLBACK_ZONES;
  return cached;
}

/**
 * "UTC" first, then the zones sorted; the current value is kept even when not in the list.
 * `known`: the server's names (GET /time-zones) when loaded, else the browser's list.
 */
export function timeZoneOptions(current?: string, known?: readonly string[]): string[] {
  const set = new Set(known && known.length > 0 ? known : supportedZones());
  set.delete('UTC');
  if (current && current !== 'UTC') set.add(current);
  return ['UTC', ...[...set].sort()];
}

export const FALLBACK_TIME_ZONES: readonly string[] = FALLBACK_ZONES;

/**
 * The time zone a profile that was never saved starts with: the browser's, when the server's list
 * (`known`; the browser's own list until it is loaded) has it; else the server's default.
 */
export function initialTimeZone(saved: boolean, stored: string, browser: string, known?: readonly string[]): string {
  if (saved && stored) return stored;
  if (browser && timeZoneOptions(undefined, known).includes(browser)) return browser;
  return stored;
}
