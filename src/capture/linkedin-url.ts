// LinkedIn serves one profile under many addresses (country subdomains, tracking, overlays, trailing
// paths); contacts are matched by profile URL, so each is reduced to `https://www.linkedin.com/in/<slug>/`.

import { isHttp } from './dom.ts';

const LINKEDIN_HOST = /(^|\.)linkedin\.com$/i;

export const isLinkedIn = (url: URL) => isHttp(url) && LINKEDIN_HOST.test(url.hostname);
const SLUG = { in: /^\/in\/([^/?#]+)/i, company: /^\/company\/([^/?#]+)/i, school: /^\/school\/([^/?#]+)/i };

function parse(value: string, base?: string): URL | null {
  try {
    return base ? new URL(value, base) : new URL(value);
  } catch {
    return null;
  }
}

/** The slug after `/<kind>/` on a LinkedIn URL, lower-cased and consistently percent-encoded. */
function slugOf(value: string, kind: 'in' | 'company' | 'school', base?: string): string | null {
  const url = parse(value, base);
  if (!url || !LINKEDIN_HOST.test(url.hostname)) return null;
  const match = SLUG[kind].exec(url.pathname);
  if (!match?.[1]) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]);
  } catch {
    slug = match[1];
  }
  slug = slug.trim().toLowerCase();
  if (!slug || slug.length > 200 || /[\s/\\]/.test(slug)) return null;
  return encodeURIComponent(slug);
}

export function profileUrlOf(value: string, base?: string): string | null {
  const slug = slugOf(value, 'in', base);
  return slug ? `https://www.linkedin.com/in/${slug}/` : null;
}

export function companyUrlOf(value: string, base?: string): string | null {
  const slug = slugOf(value, 'company', base) ?? slugOf(value, 'school', base);
  if (!slug) return null;
  const kind = /\/school\//i.test(value) ? 'school' : 'company';
  return `https://www.linkedin.com/${kind}/${slug}/`;
}

/** LinkedIn wraps outgoing links in `/redir/redirect?url=…`; this returns the target. */
export function unwrapRedirect(value: string): string {
  const url = parse(value);
  if (!url || !LINKEDIN_HOST.test(url.hostname) || !url.pathname.startsWith('/redir/')) return value;
  return url.searchParams.get('url') ?? value;
}
