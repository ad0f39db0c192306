/** The server's invitation link may be a path (/invite/…) or a full URL; show a full URL. */
export function absoluteLink(link: string, origin: string = window.location.origin): string {
  try {
    return new URL(link, origin).href;
  } catch {
    return link;
  }
}
