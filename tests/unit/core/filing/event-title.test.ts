import { describe, expect, it } from 'vitest';
import { readEventTitle } from '../../../../src/core/filing/event-title.ts';

/** [title, role, round, company, withWhom] */
const TITLES: [string, string, number | null, string, string][] = [
  // English
  ['Interview: Backend Engineer – round 2', 'Backend Engineer', 2, '', ''],
  ['Backend Engineer Interview (Round 2) - Northwind', 'Backend Engineer', 2, 'Northwind', ''],
  ['Northwind <> Ada Quist | Onsite', '', null, 'Northwind', ''],
  ['Northwind <> Ada Quist – Backend Engineer', 'Backend Engineer', null, 'Northwind', ''],
  ['Technical screen: Staff Data Engineer', 'Staff Data Engineer', null, '', ''],
  ['2nd round – Product Designer', 'Product Designer', 2, '', ''],
  ['1st round interview – Data Analyst', 'Data Analyst', 1, '', ''],
  ['Backend Engineer – Second Round', 'Backend Engineer', 2, '', ''],
  ['Third interview: Backend Engineer', 'Backend Engineer', 3, '', ''],
  ['Round 3 | Senior Frontend Developer | Northwind Analytics', 'Senior Frontend Developer', 3, 'Northwind Analytics', ''],
  ['Backend Engineer R2', 'Backend Engineer', 2, '', ''],
  ['Backend Engineer interview at Northwind Analytics', 'Backend Engineer', null, 'Northwind Analytics', ''],
  ['Interview with Brightwater Labs - Onsite Loop', '', null, '', 'Brightwater Labs'],
  ['Phone screen with Priya (Northwind Analytics)', '', null, 'Northwind Analytics', 'Priya'],
  ['Hiring Manager Interview – Data Engineer', 'Data Engineer', null, '', ''],
  ['Interview for Backend Engineer position', 'Backend Engineer', null, '', ''],
  ['[Northwind] Interview: Backend Engineer, round two', 'Backend Engineer', 2, 'Northwind', ''],
  ['Northwind Analytics: Backend Engineer interview, round 2', 'Backend Engineer', 2, 'Northwind Analytics', ''],
  ['Technical interview; platform team', '', null, '', ''],
  ['Final round – Head of Data', 'Head of Data', null, '', ''],
  ['Follow-up interview: Backend Engineer', 'Backend Engineer', null, '', ''],
  ['Dentist', '', null, '', ''],
  ['Lunch with Priya', '', null, '', 'Priya'],
  ['', '', null, '', ''],
  // German
  ['Vorstellungsgespräch: Backend-Entwickler (2. Runde)', 'Backend-Entwickler', 2, '', ''],
  ['2. Runde – Data Engineer bei Northwind', 'Data Engineer', 2, 'Northwind', ''],
  ['Zweites Gespräch: Produktdesignerin', 'Produktdesignerin', 2, '', ''],
  ['Bewerbungsgespräch Data Scientist (Runde 2)', 'Data Scientist', 2, '', ''],
  ['Zweitgespräch Softwareentwicklerin', 'Softwareentwicklerin', 2, '', ''],
  ['Kennenlernen mit Northwind', '', null, '', 'Northwind'],
  ['Interview für die Stelle als Teamleiter Vertrieb', 'Teamleiter Vertrieb', null, '', ''],
  // French
  ['Entretien – Développeur Backend (2e tour)', 'Développeur Backend', 2, '', ''],
  ['Deuxième entretien – Chef de projet', 'Chef de projet', 2, '', ''],
  ['Entretien d’embauche – Ingénieure logiciel (tour 2)', 'Ingénieure logiciel', 2, '', ''],
  ['2ème entretien : Data Analyst chez Northwind', 'Data Analyst', 2, 'Northwind', ''],
  ['Premier entretien téléphonique - Responsable marketing', 'Responsable marketing', 1, '', ''],
  // Spanish
  ['Entrevista: Ingeniera de Datos (2ª ronda)', 'Ingeniera de Datos', 2, '', ''],
  ['Segunda entrevista – Desarrollador Backend', 'Desarrollador Backend', 2, '', ''],
  ['Entrevista técnica: Ingeniero de Datos', 'Ingeniero de Datos', null, '', ''],
  ['Entrevista con Northwind – Diseñadora de producto (ronda 3)', 'Diseñadora de producto', 3, '', 'Northwind'],
];

describe('readEventTitle', () => {
  it('has a table of at least thirty titles', () => expect(TITLES.length).toBeGreaterThanOrEqual(30));

  it.each(TITLES)('%j → role %j, round %j, company %j, with %j', (title, role, round, company, withWhom) => {
    expect(readEventTitle(title)).toEqual({ role, round, company, withWhom });
  });

  it('reads no title at all as nothing', () => {
    expect(readEventTitle(null)).toEqual({ role: '', round: null, company: '', withWhom: '' });
  });

  it('ignores a round outside 1–20 and a year that looks like one', () => {
    expect(readEventTitle('Round 99 – Backend Engineer').round).toBeNull();
    expect(readEventTitle('2026 interview plan').round).toBeNull();
  });

  it('reads a title of hostile length in linear time, bounded', () => {
    const long = `Interview: ${'Engineer '.repeat(20_000)}– round 2`;
    const reading = readEventTitle(long);
    expect(reading.role.length).toBeLessThanOrEqual(300);
  });
});
