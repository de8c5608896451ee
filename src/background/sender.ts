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
  if (sender.id !== extensionId) return false;
  if (!sender.url) return false;
  try {
    return new URL(sender.url).origin === new URL(extensionOrigin).origin;
  } catch {
    return false;
  }
}
