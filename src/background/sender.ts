/**
 * Only Afterview's own pages may talk to the background. Content scripts share
 * the extension id, so the sender must also be a page served from the
 * extension's own origin, not a tab showing some website.
 */
export interface SenderLike {
  id?: string;
  url?: string;
}

export function isOwnPage(sender: SenderLike, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId || !sender.url) return false;
  // Compare as text: URL#origin is "null" for non-special schemes such as
  // chrome-extension: in some engines. The base always ends in "/", so a
  // look-alike host ("<id>.evil.test") cannot match.
  const base = extensionOrigin.endsWith('/') ? extensionOrigin : `${extensionOrigin}/`;
  return sender.url.startsWith(base);
}
