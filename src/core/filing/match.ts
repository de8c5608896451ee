import { dayOfInstant } from '../cadence/local-days.ts';
import { DAY_MS as DAY, MINUTE_MS as MINUTE } from '../local-time.ts';
import type { Contact, Interview } from '../types.ts';
import { companyDomainOfEmail, companyDomainOfUrl, matchCompany } from './company.ts';
import { findKnownPerson, type Identity } from './known-people.ts';

export interface CaptureFacts {
  /** The people the capture would file as interviewers. */
  people: readonly Identity[];
  /** The company the capture names, or ''. */
  company: string;
  /** Company domains of the capture's addresses and website. */
  domains: readonly string[];
  /** When the event starts, if the capture is an event with a time. */
  start: number | null;
}

export interface Candidate {
  interview: Interview;
  people: readonly Contact[];
}

type TimeEvidence = 'same-time' | 'same-day' | 'near' | 'apart';

/** @internal exported for its tests */
export interface MatchEvidence {
  interviewId: string;
  score: number;
  /** Names of the capture's people who are already on the interview, as stored. */
  shared: string[];
  company: 'same' | 'part' | 'domain' | null;
  time: TimeEvidence | null;
}

/** A capture without a time (a profile, a company page) belongs more likely to an interview within this many days. */
const NEAR_DAYS = 14;

const WEIGHTS = {
  personById: 4,
  personByName: 3,
  /** Counted for at most this many people: a panel of six is no surer than one of three. */
  peopleCounted: 3,
  company: 3,
  companyPart: 2,
  otherCompany: -2,
  sameTime: 6,
  sameDay: 2,
  near: 1,
  /** Two stated times more than a day apart are two meetings (round 1 and round 2). */
  apart: -5,
} as const;

/** The best must score at least this and lead the next by this much to be chosen without asking. */
const CLEAR_SCORE = 3;
const CLEAR_LEAD = 3;

function timeEvidence(interview: Interview, start: number | null, now: number): TimeEvidence | null {
  if (start !== null) {
    if (interview.timeKnown && Math.abs(interview.start - start) < 15 * MINUTE) return 'same-time';
    if (dayOfInstant(interview.start) === dayOfInstant(start)) return 'same-day';
    return interview.timeKnown && Math.abs(interview.start - start) > DAY ? 'apart' : null;
  }
  return Math.abs(interview.start - now) <= NEAR_DAYS * DAY ? 'near' : null;
}

function companyEvidence(facts: CaptureFacts, candidate: Candidate): MatchEvidence['company'] | 'other' {
  const byName = facts.company ? matchCompany(facts.company, candidate.interview.company) : null;
  if (byName) return byName;
  const theirs = new Set([companyDomainOfUrl(candidate.interview.website), ...candidate.people.map((c) => companyDomainOfEmail(c.email))]);
  if (facts.domains.some((d) => d && theirs.has(d))) return 'domain';
  return facts.company && candidate.interview.company ? 'other' : null;
}

/** @internal exported for its tests */
export function scoreInterview(facts: CaptureFacts, candidate: Candidate, now: number): MatchEvidence {
  const shared: string[] = [];
  let people = 0;
  for (const person of facts.people) {
    const known = findKnownPerson(person, candidate.people, []);
    if (!known || shared.length >= WEIGHTS.peopleCounted) continue;
    shared.push(known.contact.name || known.contact.email);
    people += known.by === 'name' ? WEIGHTS.personByName : WEIGHTS.personById;
  }
  const company = companyEvidence(facts, candidate);
  const time = timeEvidence(candidate.interview, facts.start, now);
  const score =
    people +
    (company === 'same' || company === 'domain' ? WEIGHTS.company : company === 'part' ? WEIGHTS.companyPart : company === 'other' ? WEIGHTS.otherCompany : 0) +
    (time === 'same-time' ? WEIGHTS.sameTime : time === 'same-day' ? WEIGHTS.sameDay : time === 'near' ? WEIGHTS.near : time === 'apart' ? WEIGHTS.apart : 0);
  return { interviewId: candidate.interview.id, score, shared, company: company === 'other' ? null : company, time };
}

export interface Ranking {
  /** Every candidate, the likeliest first (ties: the latest interview first). */
  ranked: MatchEvidence[];
  /** The first of `ranked` when the evidence for it is clear, else null. */
  chosen: MatchEvidence | null;
}

/**
 * Which open interview a capture belongs to. Each is scored on the evidence
 * a person would weigh: people it already has (by email or profile address,
 * or by name), the same company (by name, or by the domain of the addresses
 * and of its website), and the time (the same meeting, the same day, or a
 * time that rules it out). The best is chosen for the user only when the
 * evidence is clear; the reasons travel with the score so the review can say
 * why in a sentence.
 */
export function rankInterviews(facts: CaptureFacts, candidates: readonly Candidate[], now: number): Ranking {
  const startOf = new Map(candidates.map((c) => [c.interview.id, c.interview.start]));
  const ranked = candidates
    .map((c) => scoreInterview(facts, c, now))
    .sort((a, b) => b.score - a.score || startOf.get(b.interviewId)! - startOf.get(a.interviewId)!);
  const [best, next] = ranked;
  // However many people it shares, an interview at another stated time is another meeting (the next round), unless the user says so.
  const clear = best !== undefined && best.time !== 'apart' && best.score >= CLEAR_SCORE && best.score - (next?.score ?? 0) >= CLEAR_LEAD;
  return { ranked, chosen: clear ? best : null };
}
