import { describe, expect, it } from 'vitest';
import {
  gmailComposeLink,
  MAIL_LINK_LIMITS,
  mailtoLink,
  outlookComposeLink,
  type MailDraft,
  type MailLink,
} from '../../../../src/core/compose/mail-links.ts';

const DRAFTS: [string, MailDraft][] = [
  ['plain text', { to: 'anna@acme.example', subject: 'Thank you', body: 'Hi Anna,\n\nThank you.\n\nSam' }],
  ['line breaks of every kind', { to: 'anna@acme.example', subject: 'Hi', body: 'one\ntwo\r\nthree\rfour\n\n\nfive' }],
  ['URL punctuation', { to: 'anna@acme.example', subject: 'Q&A #2 = 100% ?', body: 'a&b=c#d?e=f%20g%0Ah/i' }],
  ['plus signs', { to: 'anna+jobs@acme.example', subject: 'C++ + Rust', body: '1 + 1 = 2, a+b' }],
  ['non-Latin text', { to: 'anna@acme.example', subject: 'Спасибо — 面接のお礼', body: 'Привет, Анна!\nשלום\nمرحبا\n日本語のテキスト' }],
  ['emoji', { to: 'anna@acme.example', subject: 'Thanks 🙏', body: 'Great talk 👩🏽‍💻🚀' }],
  ['quotes and HTML', { to: 'anna@acme.example', subject: `"Quoted" 'single'`, body: '<b>bold</b> <a href="x">link</a>' }],
];

function url(link: MailLink): URL {
  if (!link.ok) throw new Error(`expected a link, got ${JSON.stringify(link)}`);
  return new URL(link.url);
}

const crlf = (text: string) => text.replace(/\r\n|\r|\n/g, '\r\n');
const lf = (text: string) => text.replace(/\r\n?/g, '\n');

describe('mailtoLink', () => {
  it.each(DRAFTS)('parses back to exactly the draft: %s', (_label, draft) => {
    const link = url(mailtoLink(draft));
    expect(link.protocol).toBe('mailto:');
    expect(decodeURIComponent(link.pathname)).toBe(draft.to);
    expect(link.searchParams.get('subject')).toBe(draft.subject);
    expect(link.searchParams.get('body')).toBe(crlf(draft.body));
  });

  it.each(DRAFTS)('leaves nothing raw that a mail program could misread: %s', (_label, draft) => {
    const link = mailtoLink(draft);
    expect(link.ok && link.url).toMatch(/^mailto:[A-Za-z0-9%@._~!*'()-]+\?subject=[^&#?+ ]*&body=[^&#?+ ]*$/);
  });

  it('writes line breaks as CRLF (RFC 6068)', () => {
    const link = mailtoLink({ to: 'a@b.example', subject: '', body: 'one\ntwo' });
    expect(link).toEqual({ ok: true, url: 'mailto:a@b.example?body=one%0D%0Atwo' });
  });

  it('may leave the recipient for the user to choose', () => {
    const link = mailtoLink({ to: '', subject: 'Hi', body: 'x' });
    expect(link).toEqual({ ok: true, url: 'mailto:?subject=Hi&body=x' });
  });

  it('is refused one character past the limit', () => {
    const prefix = 'mailto:?body='.length;
    const fits = mailtoLink({ to: '', subject: '', body: 'a'.repeat(MAIL_LINK_LIMITS.mailto - prefix) });
    expect(fits.ok && fits.url.length).toBe(MAIL_LINK_LIMITS.mailto);
    const over = mailtoLink({ to: '', subject: '', body: 'a'.repeat(MAIL_LINK_LIMITS.mailto - prefix + 1) });
    expect(over).toEqual({ ok: false, reason: 'tooLong', limit: MAIL_LINK_LIMITS.mailto });
  });

  it('counts the encoded length: 400 Cyrillic letters are too long for mailto but fine for Gmail', () => {
    const draft = { to: 'anna@acme.example', subject: 'Спасибо', body: 'Привет'.repeat(67) };
    expect(mailtoLink(draft)).toEqual({ ok: false, reason: 'tooLong', limit: 2_000 });
    expect(gmailComposeLink(draft).ok).toBe(true);
  });
});

describe('gmailComposeLink', () => {
  it.each(DRAFTS)('parses back to exactly the draft: %s', (_label, draft) => {
    const link = url(gmailComposeLink(draft));
    expect(`${link.origin}${link.pathname}`).toBe('https://mail.google.com/mail/');
    expect(link.searchParams.get('view')).toBe('cm');
    expect(link.searchParams.get('fs')).toBe('1');
    expect(link.searchParams.get('to')).toBe(draft.to);
    expect(link.searchParams.get('su')).toBe(draft.subject);
    expect(link.searchParams.get('body')).toBe(lf(draft.body));
  });

  it('never writes a raw + (Gmail would read it as a space)', () => {
    const link = gmailComposeLink({ to: 'a+b@x.example', subject: 'C++', body: 'a + b' });
    expect(link.ok && link.url).not.toMatch(/[+ ]/);
  });

  it('omits the recipient when there is none', () => {
    expect(url(gmailComposeLink({ to: '', subject: 's', body: 'b' })).searchParams.has('to')).toBe(false);
  });

  it('refuses a link past 8,000 characters', () => {
    expect(gmailComposeLink({ to: '', subject: '', body: 'x'.repeat(8_000) })).toEqual({ ok: false, reason: 'tooLong', limit: 8_000 });
  });
});

describe('outlookComposeLink', () => {
  it.each([
    ['work', 'https://outlook.office.com/mail/deeplink/compose'],
    ['personal', 'https://outlook.live.com/mail/0/deeplink/compose'],
  ] as const)('opens Outlook on the web for a %s account', (account, base) => {
    for (const [, draft] of DRAFTS) {
      const link = url(outlookComposeLink(draft, account));
      expect(`${link.origin}${link.pathname}`).toBe(base);
      expect(link.searchParams.get('to')).toBe(draft.to);
      expect(link.searchParams.get('subject')).toBe(draft.subject);
      expect(link.searchParams.get('body')).toBe(lf(draft.body));
      expect(link.search).not.toMatch(/[+ ]/);
    }
  });

  it('defaults to the work account', () => {
    const link = outlookComposeLink({ to: '', subject: 's', body: 'b' });
    expect(link.ok && link.url).toBe('https://outlook.office.com/mail/deeplink/compose?subject=s&body=b');
  });

  it('refuses a link past 6,000 characters', () => {
    expect(outlookComposeLink({ to: '', subject: '', body: '日本'.repeat(400) })).toEqual({ ok: false, reason: 'tooLong', limit: 6_000 });
  });
});

describe('every link', () => {
  const makers = [mailtoLink, gmailComposeLink, (d: MailDraft) => outlookComposeLink(d, 'personal')];

  it.each(['not an address', 'anna@acme.example?cc=eve@evil.example', 'anna@acme.example,eve@evil.example', 'a@b.example&bcc=x', 'a%40b@c.example'])(
    'refuses the recipient %j',
    (to) => {
      for (const make of makers) expect(make({ to, subject: 's', body: 'b' })).toEqual({ ok: false, reason: 'badRecipient' });
    },
  );

  it('survives a lone surrogate half instead of throwing', () => {
    for (const make of makers) {
      const link = url(make({ to: '', subject: 'x\uD83D', body: '\uDE00y' }));
      expect(link.searchParams.get(make === gmailComposeLink ? 'su' : 'subject')).toBe('x\uFFFD');
    }
  });
});
