// The capture review's sentences, kept apart from the form so each can be tested whole, across missing values.
import type { Ranking } from '../../core/filing/match.ts';
import type { IdentityField, KnownPerson } from '../../core/filing/known-people.ts';
import type { InterviewChange } from '../../core/filing/suggest.ts';
import { dayOfInstant } from '../../core/cadence/local-days.ts';
import type { Interview } from '../../core/types.ts';
import { formatWhen, interviewChoiceLabel, siteText } from '../format.ts';
import { formatCount, t, uiLanguage, type MessageKey } from '../../i18n.ts';

/** "Priya Raman and Lars Eklund", as the browser's language lists things. */
function list(items: readonly string[]): string {
  return new Intl.ListFormat(uiLanguage(), { type: 'conjunction' }).format(items);
}

/** Why the review chose an interview, or why it chose none. */
export function matchText(ranking: Ranking, interviews: readonly Interview[]): string {
  const { chosen, ranked } = ranking;
  if (chosen) {
    const reasons: string[] = [];
    if (chosen.time === 'same-time') reasons.push(t('matchSameTime'));
    else if (chosen.time === 'same-day') reasons.push(t('matchSameDay'));
    if (chosen.company) reasons.push(t('matchSameCompany'));
    if (chosen.shared.length === 1) reasons.push(t('matchPersonIn', chosen.shared[0]!));
    else if (chosen.shared.length > 1) reasons.push(t('matchPeopleIn', list(chosen.shared)));
    return reasons.length > 0 ? t('matchChosenBecause', list(reasons)) : t('matchChosen');
  }
  const best = ranked[0];
  const interview = best && interviews.find((i) => i.id === best.interviewId);
  if (!best || !interview || best.score <= 0) return t('matchNone');
  if (best.time === 'apart') return t('matchOtherTime', interviewChoiceLabel(interview));
  return t('matchUnsure');
}

const FILL_KEYS: Record<'role' | 'industry' | 'location' | 'website', MessageKey> = {
  role: 'changeAddRole',
  industry: 'changeAddIndustry',
  location: 'changeAddLocation',
  website: 'changeAddWebsite',
};
const CHANGE_KEYS: Record<'industry' | 'location' | 'website', MessageKey> = {
  industry: 'changeIndustry',
  location: 'changeLocation',
  website: 'changeWebsite',
};

/** What one change will do to the interview, as the label of its checkbox. */
export function changeText(change: InterviewChange): string {
  const { set, was } = change;
  switch (change.field) {
    case 'company':
      return t('changeCompany', set.company!);
    case 'role':
      return change.fill ? t('changeAddRole', set.role!) : t('changeRole', [was.role, set.role!]);
    case 'round':
      return t('changeRound', [formatCount(was.round), formatCount(set.round!)]);
    case 'time': {
      const when = formatWhen({ start: set.start!, end: set.end ?? null, timeKnown: true });
      // A time on the day the interview had fills it in; on another day it moves the interview, and says from when.
      const sameDay = change.fill && dayOfInstant(was.start) === dayOfInstant(set.start!);
      return sameDay ? t('changeSetTime', when) : t('changeTime', [formatWhen(was), when]);
    }
    case 'website':
      // A company page that shows no website leaves its LinkedIn page to stand in: said as such.
      if (/^https?:\/\/([^/]*\.)?linkedin\.com\//i.test(set.website!)) return t(change.fill ? 'changeAddCompanyPage' : 'changeCompanyPage', siteText(set.website!));
      return t(change.fill ? FILL_KEYS.website : CHANGE_KEYS.website, siteText(set.website!));
    case 'industry':
    case 'location':
      return t(change.fill ? FILL_KEYS[change.field] : CHANGE_KEYS[change.field], set[change.field]!);
  }
}

const FIELD_KEYS: Record<IdentityField, MessageKey> = { name: 'identityName', email: 'identityEmail', profileUrl: 'identityProfile' };

/** How an identity field's value is shown: a profile address by its site and path. */
const shown = (field: IdentityField, text: string) => (field === 'profileUrl' ? siteText(text) : text);

/**
 * Who a captured person already is: on this interview, or known from elsewhere, and what the capture adds, with the value
 * it adds ("this adds their email priya@northwind.example": the row shows the stored person, so the value was nowhere). Empty
 * for someone new.
 */
export function knownText(known: KnownPerson | null, captured: Partial<Record<IdentityField, string>> = {}): string {
  if (!known) return '';
  const adds = known.fills.map((f) => [t(FIELD_KEYS[f]), captured[f] ? shown(f, captured[f]) : ''].filter(Boolean).join(' '));
  if (known.inInterview) return adds.length > 0 ? t('personInInterviewAdds', list(adds)) : t('personInInterview');
  return adds.length > 0 ? t('personKnownAdds', list(adds)) : t('personKnown');
}

/** "Known as priya.raman@northwind.example — change email to priya@talks.example?" */
export function conflictText(known: KnownPerson, field: IdentityField, captured: string): string {
  return t('personConflict', [shown(field, known.contact[field]), t(FIELD_KEYS[field]), shown(field, captured)]);
}
