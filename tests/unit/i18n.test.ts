import { describe, expect, it } from 'vitest';
import { filedText, formatDay, formatWhen, interviewChoiceLabel, lastSentText, recordedText, savedText } from '../../src/ui/format.ts';
import { summaryNotification } from '../../src/core/cadence/notification.ts';
import { errorText, formatCount, t, tCount, tMessage } from '../../src/i18n.ts';
import { interviewDayText, nothingDueText } from '../../src/ui/followups/touch-words.ts';
import { speak } from '../support/language.ts';

/** Local times, so the expectations hold in any time zone. */
const WEDNESDAY_2PM = new Date(2026, 11, 2, 14, 0).getTime();
const HOUR = 3_600_000;

describe('numbers follow the browser language', () => {
  it('in English: "1,000" and "10,000" alike', () => {
    speak('en-US');
    expect([7, 1000, 10_000, 1_234_567].map(formatCount)).toEqual(['7', '1,000', '10,000', '1,234,567']);
  });

  it('in German: "1.000" and "10.000"', () => {
    speak('de');
    expect([7, 1000, 10_000, 1_234_567].map(formatCount)).toEqual(['7', '1.000', '10.000', '1.234.567']);
  });

  it('in the language of the words, when the browser reports another (headless Chromium serves German words and says "en-US")', () => {
    speak('de');
    globalThis.__afterviewFakeBrowser.i18n.getUILanguage = () => 'en-US';
    expect(formatCount(10_000)).toBe('10.000');
    expect(tCount('dashShowingCount', 1200, [formatCount(1200), formatCount(1200)])).toBe('1.200 von 1.200 Interviews angezeigt.');
    // A region of the words' own language is kept: Austrian German.
    globalThis.__afterviewFakeBrowser.i18n.getUILanguage = () => 'de-AT';
    expect(formatDay(new Date(2026, 0, 7).getTime())).toBe('Mi., 7. Jän. 2026');
  });

  it('in French with narrow no-break spaces, in Spanish as the Academy writes them (a group from five digits)', () => {
    speak('fr');
    expect(formatCount(10_000)).toBe('10\u202f000');
    speak('es');
    expect([1000, 10_000].map(formatCount)).toEqual(['1000', '10.000']);
  });
});

describe('sentences with a count take the plural form the language needs', () => {
  it('in English', () => {
    speak('en-US');
    expect(tCount('dashShowingCount', 1, [formatCount(1), formatCount(1)])).toBe('Showing 1 of 1 interview.');
    expect(tCount('dashShowingCount', 10_000, [formatCount(25), formatCount(10_000)])).toBe('Showing 25 of 10,000 interviews.');
    expect(tCount('backupMoreProblems', 1)).toBe('And 1 more problem.');
    expect(tCount('backupMoreProblems', 2)).toBe('And 2 more problems.');
  });

  it('in German', () => {
    speak('de');
    expect(tCount('dashShowingCount', 10_000, [formatCount(25), formatCount(10_000)])).toBe('25 von 10.000 Interviews angezeigt.');
    expect(tCount('backupMoreProblems', 1)).toBe('Und 1 weiteres Problem.');
    expect(tCount('backupMoreProblems', 2)).toBe('Und 2 weitere Probleme.');
    expect(t('roundLabel', formatCount(2))).toBe('Runde 2');
  });

  it('in French, where zero takes the singular too', () => {
    speak('fr');
    expect(tCount('backupMoreProblems', 0)).toBe('Et 0 autre problème.');
    expect(tCount('backupMoreProblems', 1000)).toBe('Et 1\u202f000 autres problèmes.');
  });

  it('in French, a form the locale file lacks ("many", for a million) falls back to the other form, in a sentence the domain built too', () => {
    speak('fr');
    expect(tCount('backupMoreProblems', 1_000_000)).toBe('Et 1\u202f000\u202f000 autres problèmes.');
    expect(tMessage(summaryNotification(1_000_000).message)).toBe('1\u202f000\u202f000 relances sont à faire');
  });

  // The due list's meta line says on which day the interview was, counted in calendar days, not hours since it ended.
  const at = (day: number, hour: number) => new Date(2026, 11, day, hour, 0).getTime();
  const ages = () => [
    interviewDayText(at(2, 11), WEDNESDAY_2PM), // this morning
    interviewDayText(at(1, 17), at(2, 9)), // yesterday evening, 16 hours ago
    interviewDayText(new Date(2026, 10, 30, 17, 0).getTime(), at(2, 10)), // Monday evening, 41 hours ago: two days, not "yesterday"
    interviewDayText(at(1, 17) - 5 * 24 * HOUR, WEDNESDAY_2PM),
    interviewDayText(at(2, 11) - 20 * 24 * HOUR, WEDNESDAY_2PM),
    interviewDayText(at(3, 11), WEDNESDAY_2PM), // not yet: nothing to say
  ];

  it.each([
    ['English', 'en-US', ['Interview today', 'Interview yesterday', 'Interview 2 days ago', 'Interview 6 days ago', 'Interview 2 weeks ago', '']],
    ['German', 'de', ['Interview heute', 'Interview gestern', 'Interview vor 2 Tagen', 'Interview vor 6 Tagen', 'Interview vor 2 Wochen', '']],
    ['French', 'fr', ['Entretien aujourd’hui', 'Entretien hier', 'Entretien il y a 2 jours', 'Entretien il y a 6 jours', 'Entretien il y a 2 semaines', '']],
    ['Spanish', 'es', ['Entrevista de hoy', 'Entrevista de ayer', 'Entrevista de hace 2 días', 'Entrevista de hace 6 días', 'Entrevista de hace 2 semanas', '']],
  ])('the interview’s day, in %s', (_language, locale, expected) => {
    speak(locale as string);
    expect(ages()).toEqual(expected);
  });
});

describe('what comes next when nothing is due', () => {
  // Later today by its time alone (today's date read as another day), within the week by its weekday, further off by its date; a contact without a name.
  const next = (dueAt: number, contactName = 'Jane Doe') => nothingDueText({ contactName, company: 'Acme', touch: { kind: 'check-in', dueAt } }, WEDNESDAY_2PM);
  const sentences = () => [next(WEDNESDAY_2PM + 3 * HOUR), next(new Date(2026, 11, 4, 9).getTime()), next(new Date(2026, 11, 21, 9).getTime(), '')];

  it.each([
    ['English', 'en-US', ['Nothing due now. Next: Check in with Jane Doe at Acme, due 5:00 PM', 'Nothing due now. Next: Check in with Jane Doe at Acme, due Fri 9:00 AM', 'Nothing due now. Next: Check in with your interviewer at Acme, due Mon, Dec 21, 9:00 AM']],
    ['German', 'de', ['Jetzt nichts fällig. Als Nächstes: Bei Jane Doe (Acme) nachfragen, fällig 17:00', 'Jetzt nichts fällig. Als Nächstes: Bei Jane Doe (Acme) nachfragen, fällig Fr., 09:00', 'Jetzt nichts fällig. Als Nächstes: Bei Ihrem Interviewer (Acme) nachfragen, fällig Mo., 21. Dez., 9:00']],
    ['French', 'fr', ['Rien à faire pour l’instant. Ensuite : Prendre des nouvelles auprès de Jane Doe (Acme), prévu 17:00', 'Rien à faire pour l’instant. Ensuite : Prendre des nouvelles auprès de Jane Doe (Acme), prévu ven. 09:00', 'Rien à faire pour l’instant. Ensuite : Prendre des nouvelles auprès de votre interlocuteur (Acme), prévu lun. 21 déc., 9:00']],
    ['Spanish', 'es', ['Nada pendiente por ahora. Siguiente: Preguntar a Jane Doe (Acme) por novedades (vence 17:00)', 'Nada pendiente por ahora. Siguiente: Preguntar a Jane Doe (Acme) por novedades (vence vie, 9:00)', 'Nada pendiente por ahora. Siguiente: Preguntar a tu entrevistador (Acme) por novedades (vence lun, 21 dic, 9:00)']],
  ])('in %s', (_language, locale, expected) => {
    speak(locale as string);
    expect(sentences().map((s) => s.replace(/\s/g, ' '))).toEqual(expected);
  });
});

describe('a note just recorded as sent', () => {
  // Today by its time alone (today's date read as another day: "on Thu, Dec 3" said on Thu, Dec 3); a note recorded before midnight, by its day.
  // A note another window recorded first is said the same way.
  const before = new Date(2026, 11, 1, 23, 0).getTime();
  const sentences = () => [
    recordedText('Jane Doe', WEDNESDAY_2PM - 3 * HOUR, WEDNESDAY_2PM),
    recordedText('Jane Doe', before, WEDNESDAY_2PM),
    recordedText('Jane Doe', WEDNESDAY_2PM - 3 * HOUR, WEDNESDAY_2PM, 'already'),
    recordedText('Jane Doe', before, WEDNESDAY_2PM, 'already'),
  ];

  it.each([
    ['English', 'en-US', ['Recorded as sent to Jane Doe today at 11:00 AM.', 'Recorded as sent to Jane Doe on Tue, Dec 1, 11:00 PM.', 'The note to Jane Doe was already recorded as sent today at 11:00 AM.', 'The note to Jane Doe was already recorded as sent on Tue, Dec 1, 11:00 PM.']],
    ['German', 'de', ['Heute um 11:00 als an Jane Doe gesendet erfasst.', 'Als am Di., 1. Dez., 23:00 an Jane Doe gesendet erfasst.', 'Die Nachricht an Jane Doe wurde bereits heute um 11:00 als gesendet erfasst.', 'Die Nachricht an Jane Doe wurde bereits am Di., 1. Dez., 23:00 als gesendet erfasst.']],
    ['French', 'fr', ['Enregistré comme envoyé à Jane Doe aujourd’hui à 11:00.', 'Enregistré comme envoyé à Jane Doe le mar. 1 déc., 23:00.', 'Le message à Jane Doe a déjà été enregistré comme envoyé aujourd’hui à 11:00.', 'Le message à Jane Doe a déjà été enregistré comme envoyé le mar. 1 déc., 23:00.']],
    ['Spanish', 'es', ['Consta como enviado a Jane Doe hoy, 11:00.', 'Consta como enviado a Jane Doe el mar, 1 dic, 23:00.', 'El mensaje a Jane Doe ya constaba como enviado hoy, 11:00.', 'El mensaje a Jane Doe ya constaba como enviado el mar, 1 dic, 23:00.']],
  ])('in %s', (_language, locale, expected) => {
    speak(locale as string);
    expect(sentences().map((s) => s.replace(/\s/g, ' '))).toEqual(expected);
  });
});

describe('when the last note went, and when a tidbit was saved', () => {
  // Earlier today: today; the evening before: its day.
  const before = new Date(2026, 11, 1, 23, 0).getTime();
  const sentences = () => [
    lastSentText('Jane Doe', WEDNESDAY_2PM - 3 * HOUR, WEDNESDAY_2PM),
    lastSentText('Jane Doe', before, WEDNESDAY_2PM),
    savedText(WEDNESDAY_2PM - 3 * HOUR, WEDNESDAY_2PM),
    savedText(before, WEDNESDAY_2PM),
  ];

  it.each([
    ['English', 'en-US', ['You last wrote to Jane Doe today.', 'You last wrote to Jane Doe on Tue, Dec 1, 2026.', 'Saved today', 'Saved Tue, Dec 1, 2026']],
    ['German', 'de', ['Sie haben Jane Doe heute zuletzt geschrieben.', 'Sie haben Jane Doe zuletzt am Di., 1. Dez. 2026 geschrieben.', 'Heute gespeichert', 'Gespeichert am Di., 1. Dez. 2026']],
    ['French', 'fr', ['Vous avez écrit à Jane Doe pour la dernière fois aujourd’hui.', 'Vous avez écrit à Jane Doe pour la dernière fois le mar. 1 déc. 2026.', 'Gardée aujourd’hui', 'Gardée le mar. 1 déc. 2026']],
    ['Spanish', 'es', ['Escribiste a Jane Doe por última vez hoy.', 'Escribiste a Jane Doe por última vez el mar, 1 dic 2026.', 'Guardado hoy', 'Guardado el mar, 1 dic 2026']],
  ])('in %s', (_language, locale, expected) => {
    speak(locale as string);
    expect(sentences().map((s) => s.replace(/\s/g, ' '))).toEqual(expected);
  });
});

describe('dates follow the browser language', () => {
  const interview = { start: WEDNESDAY_2PM, end: WEDNESDAY_2PM + HOUR, timeKnown: true };

  it('in English', () => {
    speak('en-US');
    expect(formatDay(WEDNESDAY_2PM)).toBe('Wed, Dec 2, 2026');
    expect(formatWhen(interview).replace(/\s/g, ' ')).toBe('Wed, Dec 2, 2:00 – 3:00 PM');
  });

  it('in German, from the same page without a reload', () => {
    speak('de');
    expect(formatDay(WEDNESDAY_2PM)).toBe('Mi., 2. Dez. 2026');
    expect(formatWhen(interview).replace(/\s/g, ' ')).toBe('Mi., 2. Dez., 14:00–15:00 Uhr');
    expect(formatWhen({ ...interview, timeKnown: false })).toBe('Mi., 2. Dez. 2026');
    expect(interviewChoiceLabel({ company: 'Acme', role: 'Entwicklerin', start: new Date(2024, 2, 3).getTime() })).toBe('Acme · Entwicklerin · 3. März 2024');
  });
});

describe('where a capture was filed', () => {
  it('names the company and the role', () => expect(filedText({ company: 'Northwind Analytics', role: 'Backend Engineer' })).toBe('Saved to Northwind Analytics — Backend Engineer'));
  it('names the company alone when there is no role', () => expect(filedText({ company: 'Northwind Analytics', role: '' })).toBe('Saved to Northwind Analytics'));
});

describe('errors', () => {
  it('say in the browser’s language what the database found missing, and pass the browser’s own words on', () => {
    speak('de');
    expect(errorText(new Error('errInterviewGone'))).toBe('Etwas ist schiefgegangen: Dieses Interview gibt es nicht mehr.');
    expect(errorText(new Error('QuotaExceededError: disk full'))).toBe('Etwas ist schiefgegangen: QuotaExceededError: disk full');
    speak('en-US');
    expect(errorText(new Error('errInterviewGone'))).toBe('Something went wrong: That interview no longer exists.');
  });
});
