// Each record of a backup read field by field as core/types.ts declares it, bounded as core/text.ts bounds it.
import { LIMITS } from '../text.ts';
import {
  CAPTURE_SOURCES,
  INTERVIEW_STATUSES,
  NOTE_LANGUAGES,
  TOUCH_KINDS,
  TOUCH_STATUSES,
  type Contact,
  type Interview,
  type Link,
  type NoteLanguage,
  type Settings,
  type Template,
  type Tidbit,
  type Touch,
} from '../types.ts';
import type { FieldReader } from './fields.ts';

const TEMPLATE_KINDS = [...TOUCH_KINDS, 'second-round', 'custom'] as const satisfies readonly Template['kind'][];

const NOTE_LANGUAGE_CHOICES: readonly NoteLanguage[] = ['', ...NOTE_LANGUAGES];

// Bounds text.ts has no name for are generous on purpose: they stop a hostile file
// from filling the database, not a user from restoring what they typed.
const MAX_ROUND = 100;
const MAX_SOURCE_URLS = 1_000;
export const MAX_HOLIDAYS = 1_000;
export const MAX_OWN_EMAILS = 100;
const MINUTES_PER_DAY = 24 * 60;

export function readInterview(r: FieldReader): Interview {
  return {
    id: r.id('id'),
    company: r.line('company', LIMITS.company),
    role: r.line('role', LIMITS.title),
    round: r.integer('round', 1, MAX_ROUND),
    start: r.instant('start'),
    end: r.nullableInstant('end'),
    // Backups made before version 5 of the database have no timeKnown, industry, location or website; their times were all stated.
    timeKnown: r.optionalBoolean('timeKnown') ?? true,
    decisionDate: r.nullableDay('decisionDate'),
    status: r.oneOf('status', INTERVIEW_STATUSES),
    notes: r.text('notes', LIMITS.notes),
    industry: r.optionalText('industry', LIMITS.line) ?? '',
    location: r.optionalText('location', LIMITS.line) ?? '',
    website: r.optionalUrl('website', LIMITS.url) ?? '',
    // Backups made before version 6 have no note language: their notes follow the browser's.
    noteLanguage: r.optionalOneOf('noteLanguage', NOTE_LANGUAGE_CHOICES) ?? '',
    sourceUrls: r.urlList('sourceUrls', MAX_SOURCE_URLS, LIMITS.url),
    repliedAt: r.nullableInstant('repliedAt'),
    createdAt: r.instant('createdAt'),
    updatedAt: r.instant('updatedAt'),
  };
}

export function readContact(r: FieldReader): Contact {
  return {
    id: r.id('id'),
    name: r.line('name', LIMITS.name),
    title: r.line('title', LIMITS.title),
    company: r.line('company', LIMITS.company),
    email: r.email('email', LIMITS.email),
    profileUrl: r.url('profileUrl', LIMITS.url),
    capturedFrom: r.oneOf('capturedFrom', CAPTURE_SOURCES),
    capturedUrl: r.url('capturedUrl', LIMITS.url),
    capturedAt: r.instant('capturedAt'),
  };
}

export function readLink(r: FieldReader): Link {
  return {
    id: r.id('id'),
    interviewId: r.id('interviewId'),
    contactId: r.id('contactId'),
    notes: r.text('notes', LIMITS.notes),
    addedAt: r.instant('addedAt'),
  };
}

export function readTidbit(r: FieldReader): Tidbit {
  const pageText = r.optionalText('pageText', LIMITS.excerpt);
  return {
    id: r.id('id'),
    url: r.tidbitUrl('url', true),
    title: r.text('title', LIMITS.line),
    excerpt: r.text('excerpt', LIMITS.excerpt),
    foundOn: r.tidbitUrl('foundOn', false),
    topics: r.textList('topics', LIMITS.topics, LIMITS.topic),
    interviewId: r.nullableId('interviewId'),
    savedAt: r.instant('savedAt'),
    // Backups made before pages were read have none.
    ...(pageText ? { pageText } : {}),
  };
}

export function readTouch(r: FieldReader): Touch {
  return {
    id: r.id('id'),
    interviewId: r.id('interviewId'),
    contactId: r.id('contactId'),
    kind: r.oneOf('kind', TOUCH_KINDS),
    dueAt: r.instant('dueAt'),
    status: r.oneOf('status', TOUCH_STATUSES),
    notifiedAt: r.nullableInstant('notifiedAt'),
    sentAt: r.nullableInstant('sentAt'),
    subject: r.text('subject', LIMITS.subject),
    body: r.text('body', LIMITS.body),
    tidbitId: r.nullableId('tidbitId'),
    asksStatus: r.boolean('asksStatus'),
  };
}

export function readTemplate(r: FieldReader): Template {
  return {
    id: r.id('id'),
    kind: r.oneOf('kind', TEMPLATE_KINDS),
    name: r.text('name', LIMITS.line),
    subject: r.text('subject', LIMITS.subject),
    body: r.text('body', LIMITS.body),
    builtIn: r.boolean('builtIn'),
    updatedAt: r.instant('updatedAt'),
  };
}

export function readSettings(r: FieldReader): Settings {
  const cadence = r.group('cadence');
  return {
    name: r.line('name', LIMITS.name),
    signature: r.text('signature', LIMITS.body),
    myEmails: r.emailList('myEmails', MAX_OWN_EMAILS, LIMITS.email),
    workingDays: r.integerList('workingDays', 7, 0, 6),
    workStart: r.integer('workStart', 0, MINUTES_PER_DAY),
    workEnd: r.integer('workEnd', 0, MINUTES_PER_DAY),
    holidays: r.dayList('holidays', MAX_HOLIDAYS),
    cadence: {
      checkInAfterWorkingDays: cadence?.integer('checkInAfterWorkingDays', 0, 365) ?? 0,
      valueAddEveryDays: cadence?.integer('valueAddEveryDays', 1, 365) ?? 1,
      stopAfterWeeks: cadence?.integer('stopAfterWeeks', 1, 104) ?? 1,
      maxStatusQuestions: cadence?.integer('maxStatusQuestions', 0, 100) ?? 0,
      thankYouWithinHours: cadence?.integer('thankYouWithinHours', 0, 24 * 365) ?? 0,
      sameDayBeforeHour: cadence?.integer('sameDayBeforeHour', 0, 24) ?? 0,
    },
    onDeviceAi: r.boolean('onDeviceAi'),
  };
}
