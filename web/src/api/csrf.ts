// The CSRF token for state-changing requests: the `tandem_csrf` cookie, which the server sets on
// GET /api/v1/auth/session and renews at login. The last token seen in a SessionInfo is kept as a
// fallback for the moment between a response and the browser storing its cookie.

export const CSRF_COOKIE = 'tandem_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

let lastKnownToken = '';

export function readCookie(name: string, cookieString: string = document.cookie): string {
  for (const part of cookieString.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      const raw = part.slice(eq + 1).trim();
      try {
        return decodeURIComponent(raw);
      } catch {
        return raw;
      }
    }
  }
  return '';
}

export function rememberCsrfToken(token: string): void {
  lastKnownToken = token;
}

export function csrfToken(): string {
  return readCookie(CSRF_COOKIE) || lastKnownToken;
}
