import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATE_KEYS, builtInTemplates, mergeTemplates } from '../../../../src/core/compose/built-in-templates.ts';
import { lintTemplate } from '../../../../src/core/compose/lint-template.ts';
import { mailtoLink } from '../../../../src/core/compose/mail-links.ts';
import type { NoteValues } from '../../../../src/core/compose/placeholders.ts';
import { renderNote } from '../../../../src/core/compose/render-note.ts';
import { NOTE_LANGUAGES, type Template } from '../../../../src/core/types.ts';
import { getText } from './english.ts';
import { localeMessages } from '../../../setup/fake-browser.ts';

const VALUES: Required<NoteValues> = {
  firstName: 'Anna',
  fullName: 'Anna Schmidt',
  title: 'Head of Data Platform',
  company: 'Acme',
  role: 'Senior Data Engineer',
  round: '2',
  interviewDay: 'Tuesday, March 4',
  topic: 'how your team moved billing to event sourcing',
  tidbitTitle: 'Event sourcing at scale: lessons from five years',
  tidbitLink: 'https://example.com/blog/event-sourcing-at-scale',
  promise: '',
  myName: 'Sam Lee',
  signature: 'Sam Lee\n+44 20 7946 0000',
};
const NO_TIDBIT = { ...VALUES, tidbitTitle: '', tidbitLink: '' };

const english = builtInTemplates(getText);
const byId = (id: string) => english.find((t) => t.id === id) as Template;

describe('builtInTemplates', () => {
  it('builds each template from its three message keys, with a stable id', () => {
    const templates = builtInTemplates((key) => `«${key}»`);
    expect(templates.map((t) => [t.id, t.kind, t.name, t.subject, t.body, t.builtIn])).toEqual([
      ['builtin-thank-you', 'thank-you', '«tplThankYouName»', '«tplThankYouSubject»', '«tplThankYouBody»', true],
      ['builtin-second-round', 'second-round', '«tplSecondRoundName»', '«tplSecondRoundSubject»', '«tplSecondRoundBody»', true],
      ['builtin-check-in', 'check-in', '«tplCheckInName»', '«tplCheckInSubject»', '«tplCheckInBody»', true],
      ['builtin-value-add', 'value-add', '«tplValueAddName»', '«tplValueAddSubject»', '«tplValueAddBody»', true],
    ]);
    expect(BUILT_IN_TEMPLATE_KEYS).toHaveLength(12);
  });

  it.each(english.map((t) => [t.id, t]))('%s (English) has no template problem', (_id, template) => {
    expect(lintTemplate(template)).toEqual([]);
  });

  it.each(english.map((t) => [t.id, t]))('%s renders completely, with a short subject, and fits a mailto link', (_id, template) => {
    const note = renderNote(template, VALUES);
    expect(note.problems).toEqual([]);
    expect(`${note.subject}\n${note.body}`).not.toMatch(/\{\{|\}\}/);
    expect(note.subject.length).toBeLessThan(80);
    expect(note.body).toContain('Anna');
    expect(note.body.endsWith('Sam Lee\n+44 20 7946 0000') || note.body.includes('Sam Lee\n+44 20 7946 0000\n\nP.S.')).toBe(true);
    expect(mailtoLink({ to: 'anna@acme.example', ...note }).ok).toBe(true);
  });

  it.each(['builtin-thank-you', 'builtin-second-round'])('%s recalls the topic, names the role and the company, and carries the tidbit', (id) => {
    const note = renderNote(byId(id), VALUES);
    for (const part of [VALUES.topic, VALUES.role, VALUES.company, VALUES.interviewDay, VALUES.tidbitTitle, VALUES.tidbitLink]) {
      expect(note.body).toContain(part);
    }
  });

  it.each(['builtin-thank-you', 'builtin-second-round', 'builtin-check-in'])('%s reads naturally without a tidbit', (id) => {
    const withTidbit = renderNote(byId(id), VALUES);
    const without = renderNote(byId(id), NO_TIDBIT);
    expect(without.problems).toEqual([]);
    expect(without.body).not.toMatch(/\n{3,}/);
    // Only the tidbit's paragraph goes: every line of the shorter note is in the longer one.
    expect(without.body.length).toBeLessThan(withTidbit.body.length);
    for (const line of without.body.split('\n')) expect(withTidbit.body.split('\n')).toContain(line);
  });

  it('the value-add note cannot go out without a tidbit, and asks nothing', () => {
    const template = byId('builtin-value-add');
    expect(renderNote(template, NO_TIDBIT).problems.map((p) => p.name)).toEqual(['tidbitTitle', 'tidbitLink']);
    const note = renderNote(template, VALUES);
    expect(`${note.subject} ${note.body}`).not.toContain('?');
    expect(renderNote(template, { ...VALUES, topic: '' }).problems).toEqual([]);
  });

  it('the check-in is brief: under 80 words before the signature', () => {
    const note = renderNote(byId('builtin-check-in'), NO_TIDBIT);
    const words = note.body.split(VALUES.signature)[0]?.split(/\s+/).filter(Boolean) ?? [];
    expect(words.length).toBeLessThan(80);
    expect(note.body).toContain('?');
  });
});

/** The values a note can lack: no topic picked, an interview without role, round or date, no tidbit, no promise kept. */
const OPTIONAL = ['topic', 'role', 'round', 'interviewDay', 'tidbit', 'promise'] as const;
type Optional = (typeof OPTIONAL)[number];

// Every language a note can be written in: a new one must be given its values and dangling words below.
const LANGUAGES = NOTE_LANGUAGES;
type Language = (typeof LANGUAGES)[number];
const templatesIn = (language: Language) => builtInTemplates((key) => localeMessages(language)[key]!.message);

/** What a note in each language says of the interview's day and of a kept promise. */
const LOCAL_VALUES: Record<Language, { interviewDay: string; promise: string }> = {
  en: { interviewDay: 'Tuesday, March 4', promise: 'the article on on-call rotations' },
  de: { interviewDay: 'Dienstag, 4. März', promise: 'der Artikel über Bereitschaftsdienste' },
  fr: { interviewDay: 'mardi 4 mars', promise: 'l’article sur les astreintes' },
  es: { interviewDay: 'martes, 4 de marzo', promise: 'el artículo sobre las guardias' },
};

/**
 * Words no sentence of a note ends on: an article, a preposition or a
 * conjunction left before a stop means a missing value took only half a phrase
 * with it. (French sets a no-break space before its colons and question marks.)
 */
const DANGLING: Record<Language, RegExp> = {
  en: /\b(?:the|of|about|on|in|at|a|an|and|with|to|here is)[.,:;!?]/i,
  de: /(?<!\p{L})(?:der|die|das|des|dem|den|ein|eine|einem|einen|über|am|an|im|in|bei|mit|und|zu|zur|für|als|von|um|hier)[.,:;!?]/iu,
  fr: /(?<!\p{L})(?:le|la|les|l’|de|du|des|d’|sur|à|au|aux|en|et|avec|pour|chez|voici|lors)\s?[.,:;!?]/iu,
  es: /(?<!\p{L})(?:el|la|los|las|de|del|sobre|en|a|al|y|con|para|por|tiene)[.,:;!?]/iu,
};

function without(language: Language, missing: readonly Optional[]): Required<NoteValues> {
  const values = { ...VALUES, ...LOCAL_VALUES[language] };
  for (const name of missing) {
    if (name === 'tidbit') Object.assign(values, { tidbitTitle: '', tidbitLink: '' });
    else values[name] = '';
  }
  return values;
}

const COMBINATIONS: Optional[][] = Array.from({ length: 2 ** OPTIONAL.length }, (_, bits) => OPTIONAL.filter((_, i) => bits & (2 ** i)));

describe.each(LANGUAGES)('built-in templates in %s with values missing', (language) => {
  const templates = templatesIn(language);
  const cases = templates.flatMap((template) => COMBINATIONS.map((missing) => [template.id, missing.join(', ') || 'nothing', template, missing] as const));

  it('are all there, in this language', () => {
    expect(templates.map((t) => t.id)).toEqual(english.map((t) => t.id));
    if (language !== 'en') for (const [i, template] of templates.entries()) expect(template.body).not.toBe(english[i]!.body);
    for (const template of templates) expect(lintTemplate(template), template.id).toEqual([]);
  });

  it.each(cases)('%s without %s reads as whole sentences', (id, _label, template, missing) => {
    const note = renderNote(template, without(language, missing));
    for (const text of [note.subject, note.body]) {
      expect(text, 'a double space').not.toMatch(/ {2}/);
      expect(text, 'a space before punctuation').not.toMatch(/ [.,:;!?]/);
      expect(text, 'a no-break space before a full stop or comma').not.toMatch(/\u00a0[.,]/);
      expect(text, 'a dangling word before a stop').not.toMatch(DANGLING[language]);
      expect(text, 'a line that starts with punctuation').not.toMatch(/^[ \t]*[.,:;!?]/m);
      expect(text, 'a stray tag').not.toMatch(/\{\{|\}\}/);
      expect(text, 'a trailing space').not.toMatch(/[ \t\u00a0]$/m);
    }
    expect(note.subject).not.toMatch(/[—–:-]$/);
    expect(note.body).not.toMatch(/\n{3,}/);
    // Only a value-add note without its tidbit is held back, and it says what to do.
    const held = note.problems.map((p) => p.name);
    expect(held).toEqual(id === 'builtin-value-add' && missing.includes('tidbit') ? ['tidbitTitle', 'tidbitLink'] : []);
  });

  it('passes the promise on only with the tidbit that keeps it', () => {
    const thanks = renderNote(templates[0]!, without(language, []));
    expect(thanks.body).toContain(`${LOCAL_VALUES[language].promise}${language === 'fr' ? '\u00a0' : ''}:\nEvent sourcing at scale`);
    expect(renderNote(templates[0]!, without(language, ['tidbit'])).body).not.toContain(LOCAL_VALUES[language].promise);
  });
});

describe('the notes the built-in templates write', () => {
  const priya: Required<NoteValues> = {
    ...VALUES,
    firstName: 'Priya',
    fullName: 'Priya Raman',
    company: 'Northwind Payments',
    role: 'Platform Engineer',
    interviewDay: 'Tuesday, December 1',
    topic: 'on-call load on the platform team',
    tidbitTitle: 'Designing humane on-call rotations',
    tidbitLink: 'https://example.test/oncall',
    promise: 'the article on on-call rotations',
    signature: 'Sam Lee',
  };

  it('a thank-you with a topic and a kept promise', () => {
    const note = renderNote(byId('builtin-thank-you'), priya);
    expect(note.subject).toBe('Thank you — Platform Engineer interview');
    expect(note.body).toBe(
      [
        'Hi Priya,',
        '',
        'Thank you for taking the time to speak with me on Tuesday, December 1. I especially enjoyed our conversation about on-call load on the platform team.',
        '',
        'It left me even more interested in the Platform Engineer role at Northwind Payments and in the work your team is doing.',
        '',
        'As promised, here is the article on on-call rotations:',
        'Designing humane on-call rotations',
        'https://example.test/oncall',
        '',
        'If anything else would be useful, I would be glad to talk again whenever it suits you.',
        '',
        'Best regards,',
        'Sam Lee',
      ].join('\n'),
    );
  });

  it('a thank-you with nothing optional: no topic, role, date or tidbit', () => {
    const note = renderNote(byId('builtin-thank-you'), { ...priya, topic: '', role: '', interviewDay: '', tidbitTitle: '', tidbitLink: '', promise: '' });
    expect(note.subject).toBe('Thank you — Northwind Payments');
    expect(note.body).toBe(
      [
        'Hi Priya,',
        '',
        'Thank you for taking the time to speak with me.',
        '',
        'It left me even more interested in joining Northwind Payments and in the work your team is doing.',
        '',
        'If anything else would be useful, I would be glad to talk again whenever it suits you.',
        '',
        'Best regards,',
        'Sam Lee',
      ].join('\n'),
    );
  });

  it('a thank-you after a later round, with a tidbit that keeps no promise', () => {
    const note = renderNote(byId('builtin-second-round'), { ...priya, round: '2', topic: 'how to cut pager noise', promise: '' });
    expect(note.subject).toBe('Thank you — Platform Engineer at Northwind Payments');
    expect(note.body.split('\n\n').slice(1, 4)).toEqual([
      'Thank you for speaking with me in round 2 on Tuesday, December 1. It was good to get to know the team at Northwind Payments better. I especially enjoyed our conversation about how to cut pager noise.',
      'Each conversation has made me more certain that the Platform Engineer role is the right next step for me.',
      'Since we spoke, I came across this and thought you might find it useful:\nDesigning humane on-call rotations\nhttps://example.test/oncall',
    ]);
  });

  it('a check-in without a role, with a P.S. that recalls the topic', () => {
    const note = renderNote(byId('builtin-check-in'), { ...priya, role: '', promise: '' });
    expect(note.subject).toBe('Following up — Northwind Payments');
    expect(note.body).toBe(
      [
        'Hi Priya,',
        '',
        'I hope your week is going well. I wanted to check in briefly on my application: is there any news on the next steps, or anything more I can send you?',
        '',
        'I am still very interested in joining Northwind Payments.',
        '',
        'Best regards,',
        'Sam Lee',
        '',
        'P.S. This made me think of our conversation about on-call load on the platform team: Designing humane on-call rotations',
        'https://example.test/oncall',
      ].join('\n'),
    );
  });

  it('a value-add that keeps a promise', () => {
    const note = renderNote(byId('builtin-value-add'), priya);
    expect(note.body).toBe(
      [
        'Hi Priya,',
        '',
        'As promised, here is the article on on-call rotations.',
        '',
        'Designing humane on-call rotations',
        'https://example.test/oncall',
        '',
        'No need to reply — I just thought you might enjoy it.',
        '',
        'Best regards,',
        'Sam Lee',
      ].join('\n'),
    );
  });
});

describe('a thank-you note in each language', () => {
  const priya = (language: Language): Required<NoteValues> => ({
    ...VALUES,
    firstName: 'Priya',
    fullName: 'Priya Raman',
    company: 'Northwind Payments',
    role: 'Platform Engineer',
    interviewDay: new Intl.DateTimeFormat(language, { weekday: 'long', day: 'numeric', month: 'long' }).format(new Date(2026, 11, 1, 10)),
    topic: 'TOPIC',
    tidbitTitle: 'Designing humane on-call rotations',
    tidbitLink: 'https://example.test/oncall',
    promise: LOCAL_VALUES[language].promise,
    signature: 'Sam Lee',
  });
  const bare = (language: Language) => ({ ...priya(language), topic: '', role: '', interviewDay: '', tidbitTitle: '', tidbitLink: '', promise: '' });
  const write = (language: Language, values: Required<NoteValues>) => {
    const note = renderNote(templatesIn(language)[0]!, values);
    return [note.subject, '', ...note.body.split('\n')];
  };

  it('in German', () => {
    expect(write('de', priya('de'))).toEqual([
      'Vielen Dank – Interview als Platform Engineer',
      '',
      'Hallo Priya,',
      '',
      'vielen Dank für Ihre Zeit und unser Gespräch am Dienstag, 1. Dezember. Besonders gefallen hat mir unser Austausch über TOPIC.',
      '',
      'Das Gespräch hat mein Interesse an der Stelle als Platform Engineer bei Northwind Payments und an der Arbeit Ihres Teams noch verstärkt.',
      '',
      'Wie versprochen, hier der Artikel über Bereitschaftsdienste:',
      'Designing humane on-call rotations',
      'https://example.test/oncall',
      '',
      'Wenn ich Ihnen noch mit etwas weiterhelfen kann, spreche ich gern jederzeit wieder mit Ihnen.',
      '',
      'Viele Grüße',
      'Sam Lee',
    ]);
    expect(write('de', bare('de')).slice(0, 7)).toEqual([
      'Vielen Dank – Northwind Payments',
      '',
      'Hallo Priya,',
      '',
      'vielen Dank für Ihre Zeit und unser Gespräch.',
      '',
      'Das Gespräch hat mein Interesse an einem Einstieg bei Northwind Payments und an der Arbeit Ihres Teams noch verstärkt.',
    ]);
  });

  it('in French', () => {
    expect(write('fr', priya('fr'))).toEqual([
      'Merci – entretien pour le poste de Platform Engineer',
      '',
      'Bonjour Priya,',
      '',
      'Merci d’avoir pris le temps d’échanger avec moi le mardi 1 décembre. J’ai particulièrement apprécié notre discussion sur TOPIC.',
      '',
      'Cet échange a encore renforcé mon intérêt pour le poste de Platform Engineer chez Northwind Payments et pour le travail de votre équipe.',
      '',
      'Comme promis, voici l’article sur les astreintes\u00a0:',
      'Designing humane on-call rotations',
      'https://example.test/oncall',
      '',
      'Si je peux vous être utile pour quoi que ce soit d’autre, ce sera avec plaisir que nous en reparlerons quand cela vous conviendra.',
      '',
      'Bien cordialement,',
      'Sam Lee',
    ]);
    expect(write('fr', bare('fr')).slice(4, 7)).toEqual([
      'Merci d’avoir pris le temps d’échanger avec moi.',
      '',
      'Cet échange a encore renforcé mon intérêt pour Northwind Payments et pour le travail de votre équipe.',
    ]);
  });

  it('in Spanish', () => {
    expect(write('es', priya('es'))).toEqual([
      'Gracias: entrevista para Platform Engineer',
      '',
      'Hola, Priya:',
      '',
      'Gracias por dedicarme su tiempo el martes, 1 de diciembre. Disfruté especialmente nuestra conversación sobre TOPIC.',
      '',
      'La entrevista aumentó aún más mi interés por el puesto de Platform Engineer en Northwind Payments y por el trabajo de su equipo.',
      '',
      'Como le prometí, aquí tiene el artículo sobre las guardias:',
      'Designing humane on-call rotations',
      'https://example.test/oncall',
      '',
      'Si puedo serle de ayuda en algo más, será un placer volver a hablar cuando le venga bien.',
      '',
      'Un cordial saludo,',
      'Sam Lee',
    ]);
    expect(write('es', { ...bare('es'), firstName: '' }).slice(0, 7)).toEqual([
      'Gracias: Northwind Payments',
      '',
      'Hola:',
      '',
      'Gracias por dedicarme su tiempo.',
      '',
      'La entrevista aumentó aún más mi interés por formar parte de Northwind Payments y por el trabajo de su equipo.',
    ]);
  });
});

describe('mergeTemplates', () => {
  const builtIns: Template[] = [
    { id: 'builtin-thank-you', kind: 'thank-you', name: 'Thanks', subject: 's', body: 'b', builtIn: true, updatedAt: 0 },
    { id: 'builtin-check-in', kind: 'check-in', name: 'Check-in', subject: 's', body: 'b', builtIn: true, updatedAt: 0 },
  ];
  const own = (id: string, name: string): Template => ({ id, kind: 'custom', name, subject: 'x', body: 'y', builtIn: false, updatedAt: 5 });

  it('returns the built-ins as they are when nothing is stored', () => {
    expect(mergeTemplates(builtIns, [])).toEqual(builtIns);
  });

  it("puts the user's edit of a built-in in its place, still marked built-in", () => {
    const edit = { ...builtIns[1]!, body: 'my words', builtIn: false, updatedAt: 9 };
    const merged = mergeTemplates(builtIns, [edit]);
    expect(merged.map((t) => [t.id, t.body, t.builtIn])).toEqual([
      ['builtin-thank-you', 'b', true],
      ['builtin-check-in', 'my words', true],
    ]);
  });

  it("adds the user's own templates after the built-ins, by name", () => {
    const merged = mergeTemplates(builtIns, [own('u2', 'Zeta'), own('u1', 'alpha'), own('u3', 'Beta')]);
    expect(merged.map((t) => t.id)).toEqual(['builtin-thank-you', 'builtin-check-in', 'u1', 'u3', 'u2']);
  });

  it('treats a stored "built-in" that no longer ships as the user\'s own', () => {
    const old = { ...own('builtin-retired', 'Old'), builtIn: true };
    expect(mergeTemplates(builtIns, [old]).at(-1)).toMatchObject({ id: 'builtin-retired', builtIn: false });
  });
});
