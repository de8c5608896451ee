import type { Capture, CapturedPerson } from '../capture/capture.ts';
import { cleanEmail, cleanHttpUrl, cleanLine, LIMITS } from '../text.ts';
import { fold } from '../tidbits/words.ts';
import { isOpenInterview, type Contact, type Interview } from '../types.ts';
import { companyDomainOfEmail, companyDomainOfUrl, companyFromEmail, fullerCompanyName, matchCompany } from './company.ts';
import { readEventTitle } from './event-title.ts';
import { rankInterviews, type Ranking } from './match.ts';
import { findKnownPerson, notInterviewer, type Candidate, type Identity, type KnownPerson, type NotInterviewer } from './known-people.ts';

/** Where the suggested company name came from; only a name a page states may replace one already stored. */
type CompanySource = 'page' | 'person' | 'title' | 'email';

/** What a new interview would hold, and what the capture can add to an existing one. */
export interface InterviewDraft {
  company: string;
  companyFrom: CompanySource | null;
  role: string;
  /** The round the event's title names, or null. */
  round: number | null;
  /** The event's start and end; null when the capture has no time (a profile, a company page). */
  start: number | null;
  end: number | null;
  industry: string;
  location: string;
  website: string;
}

export interface PersonChoice {
  person: CapturedPerson;
  /** Name, email and profile address as they would be stored. */
  identity: Identity;
  /** Whether the person is ticked as an interviewer by default. */
  include: boolean;
  notInterviewer: NotInterviewer | null;
}

export interface FilingContext {
  interviews: readonly Interview[];
  /** The contacts of each interview (at least of the open ones). */
  people: ReadonlyMap<string, readonly Contact[]>;
  /** Stored contacts that share an email or a profile address with someone captured. */
  known: readonly Contact[];
  me: Candidate;
  now: number;
}

export interface FilingSuggestion {
  draft: InterviewDraft;
  people: PersonChoice[];
  /** The open interviews, the likeliest first, with the evidence for each. */
  ranking: Ranking;
  /** The interview chosen on clear evidence, or 'new'. */
  target: string;
}

function identityOf(person: CapturedPerson): Identity {
  return { name: cleanLine(person.name ?? '', LIMITS.name), email: cleanEmail(person.email ?? ''), profileUrl: cleanHttpUrl(person.profileUrl ?? '') };
}

function choosePeople(capture: Capture, me: Candidate): PersonChoice[] {
  return capture.people.map((person) => {
    const why = notInterviewer(person, capture.people, me);
    return { person, identity: identityOf(person), include: why === null, notInterviewer: why };
  });
}

function draftCompany(capture: Capture, included: readonly CapturedPerson[], title: ReturnType<typeof readEventTitle>): Pick<InterviewDraft, 'company' | 'companyFrom'> {
  const fromEmail = [...included, ...capture.people.filter((p) => p.role === 'organizer')].map((p) => companyFromEmail(p.email)).find(Boolean) ?? '';
  const withCompany = title.withWhom && fromEmail && matchCompany(title.withWhom, fromEmail) ? title.withWhom : '';
  const stated: [string, CompanySource][] = [
    [capture.company?.name ?? '', 'page'],
    [included.find((p) => p.company)?.company ?? '', 'person'],
    [title.company || withCompany, 'title'],
  ];
  for (const [name, from] of stated) {
    if (!name) continue;
    // A title's stray words ("… – Ada Quist") lose to the company the addresses are at.
    if (from === 'title' && fromEmail && !matchCompany(name, fromEmail)) break;
    return { company: fromEmail && matchCompany(name, fromEmail) ? fullerCompanyName(name, fromEmail) : name, companyFrom: from };
  }
  return fromEmail ? { company: fromEmail, companyFrom: 'email' } : { company: '', companyFrom: null };
}

/** @internal exported for its tests */
export function draftInterview(capture: Capture, people: readonly PersonChoice[]): InterviewDraft {
  const included = people.filter((p) => p.include).map((p) => p.person);
  const title = readEventTitle(capture.event?.title ?? null);
  const start = capture.event?.start ? Date.parse(capture.event.start) : NaN;
  const end = capture.event?.end ? Date.parse(capture.event.end) : NaN;
  const { company, companyFrom } = draftCompany(capture, included, title);
  return {
    company: cleanLine(company, LIMITS.company),
    companyFrom,
    role: title.role,
    round: title.round,
    start: Number.isFinite(start) ? start : null,
    end: Number.isFinite(start) && Number.isFinite(end) && end > start ? end : null,
    industry: capture.company?.industry ?? '',
    location: capture.company?.location ?? '',
    website: capture.company?.url ?? '',
  };
}

/**
 * How a capture would be filed, before the user confirms: who of the people
 * found are interviewers, which open interview it belongs to (or a new one,
 * and what that one would hold), what it would fill in or change on an
 * existing interview, and whether it is already filed. Suggestions only: the
 * review shows each in an editable field and nothing is saved without a click.
 */
export function suggestFiling(capture: Capture, context: FilingContext): FilingSuggestion {
  const people = choosePeople(capture, { ...context.me, account: capture.account });
  const draft = draftInterview(capture, people);
  const included = people.filter((p) => p.include);
  const facts = {
    people: included.map((p) => p.identity),
    company: draft.company,
    domains: [...included.map((p) => companyDomainOfEmail(p.identity.email)), companyDomainOfUrl(draft.website)].filter(Boolean),
    start: draft.start,
  };
  const candidates = context.interviews.filter(isOpenInterview).map((interview) => ({ interview, people: context.people.get(interview.id) ?? [] }));
  const ranking = rankInterviews(facts, candidates, context.now);
  return { draft, people, ranking, target: ranking.chosen?.interviewId ?? 'new' };
}

export type ChangeField = 'company' | 'role' | 'round' | 'time' | 'industry' | 'location' | 'website';

/** One thing a capture would change on an interview: what it sets, and what was there. */
export interface InterviewChange {
  field: ChangeField;
  /** True when it fills what the interview lacked (ticked by default); false when it replaces what was stated. */
  fill: boolean;
  set: Partial<Pick<Interview, 'company' | 'role' | 'round' | 'start' | 'end' | 'timeKnown' | 'industry' | 'location' | 'website'>>;
  was: Interview;
}

const isLinkedIn = (url: string) => /^https?:\/\/([^/]*\.)?linkedin\.com\//i.test(url);

export function interviewChanges(interview: Interview, draft: InterviewDraft): InterviewChange[] {
  const changes: InterviewChange[] = [];
  const add = (field: ChangeField, fill: boolean, set: InterviewChange['set']) => changes.push({ field, fill, set, was: interview });
  // Only a name a page states, and only a fuller one ("Northwind" → "Northwind Analytics"): never an address's guess.
  if (draft.companyFrom && draft.companyFrom !== 'email' && matchCompany(draft.company, interview.company) === 'part' && fullerCompanyName(interview.company, draft.company) === draft.company) {
    add('company', true, { company: draft.company });
  }
  if (draft.role && fold(draft.role) !== fold(interview.role)) add('role', interview.role === '', { role: draft.role });
  if (draft.round !== null && draft.round !== interview.round) add('round', interview.round === 1 && draft.round > 1, { round: draft.round });
  if (draft.start !== null && (!interview.timeKnown || interview.start !== draft.start || (draft.end !== null && interview.end !== draft.end))) {
    add('time', !interview.timeKnown, { start: draft.start, end: draft.end, timeKnown: true });
  }
  for (const field of ['industry', 'location'] as const) {
    if (draft[field] && fold(draft[field]) !== fold(interview[field])) add(field, interview[field] === '', { [field]: draft[field] });
  }
  // A LinkedIn page stands in for a website only where there is none.
  const site = draft.website;
  if (site && site !== interview.website && !(isLinkedIn(site) && interview.website)) {
    add('website', interview.website === '' || (isLinkedIn(interview.website) && !isLinkedIn(site)), { website: site });
  }
  return changes;
}

/** The captured people as the target interview would take them: who each already is, if anyone. */
export function knownPeople(choices: readonly PersonChoice[], interviewPeople: readonly Contact[], known: readonly Contact[]): (KnownPerson | null)[] {
  return choices.map((choice) => findKnownPerson(choice.identity, interviewPeople, known));
}

/**
 * Whether saving would change nothing: every interviewer is already on the
 * interview exactly as captured, and the interview lacks nothing the capture
 * has. Such a capture is shown as filed, not offered for saving again.
 * @internal exported for its tests; filedUnder is the rule's one entry
 */
export function alreadyFiled(choices: readonly PersonChoice[], matches: readonly (KnownPerson | null)[], changes: readonly InterviewChange[]): boolean {
  if (changes.length > 0) return false;
  return choices.every((choice, i) => {
    if (!choice.include) return true;
    const known = matches[i];
    return known?.inInterview && known.fills.length === 0 && known.conflicts.length === 0;
  });
}

/**
 * The interview a capture is already filed under, as suggested: the one it
 * would be filed under, when saving it there would change nothing; else null.
 */
export function filedUnder(suggestion: FilingSuggestion, context: Pick<FilingContext, 'interviews' | 'people' | 'known'>): Interview | null {
  const target = context.interviews.find((i) => i.id === suggestion.target);
  if (!target) return null;
  const matches = knownPeople(suggestion.people, context.people.get(target.id) ?? [], context.known);
  return alreadyFiled(suggestion.people, matches, interviewChanges(target, suggestion.draft)) ? target : null;
}
