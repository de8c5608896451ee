import { isPlausibleInstant, parsePlausibleDate } from '../local-time.ts';
import { cleanEmail, isPlainObject, LIMITS, removeControls, removeInvisible } from '../text.ts';
import { normalizeTidbitUrl } from '../tidbits/url.ts';
import { placeSubstitutions, quote, report, type BackupProblemKey, type Place, type Problems } from './problems.ts';

/** Ids are UUIDs today; this only bounds what a hand-edited file can put in a key. */
const MAX_ID_LENGTH = 200;

function isHttpUrl(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

const isIntegerIn = (value: unknown, min: number, max: number): value is number =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/**
 * Reads one record of a backup field by field. A wrong field is reported with
 * its place and a stand-in is returned, so the rest of the record is still
 * checked; only the declared fields are copied, so unknown ones are dropped.
 * A class so that the reader made per record (tens of thousands in a large
 * backup) is one small object, its methods shared.
 */
export class FieldReader {
  constructor(
    private readonly problems: Problems,
    private readonly place: Place,
    private readonly source: Record<string, unknown>,
    private readonly prefix = '',
    /** Shared with the readers of nested groups, so one failure fails the record. */
    private readonly state = { failed: false },
  ) {}

  /** True once any field of the record (or of a group in it) was wrong. */
  get failed(): boolean {
    return this.state.failed;
  }

  private fail(key: BackupProblemKey, field: string, ...extra: (string | number)[]): void {
    this.state.failed = true;
    report(this.problems, key, [...placeSubstitutions(this.place), this.prefix + field, ...extra]);
  }

  private has(field: string): boolean {
    if (Object.hasOwn(this.source, field)) return true;
    this.fail('backupErrMissing', field);
    return false;
  }

  private checkText(value: unknown, field: string, max: number, clean = removeControls): string {
    if (typeof value !== 'string') return this.fail('backupErrExpectedText', field), '';
    if (value.length > max) return this.fail('backupErrTooLong', field, value.length, max), '';
    // Controls and bidi marks are dropped rather than refused, so a backup is
    // never rejected for an invisible character.
    return clean(value);
  }

  private checkUrl(value: unknown, field: string, max: number, required: boolean): string {
    if (typeof value !== 'string' || value.length > max) return this.checkText(value, field, max);
    const text = removeControls(value);
    if ((required || text !== '') && !isHttpUrl(text)) return this.fail('backupErrExpectedUrl', field), '';
    return text;
  }

  /** '' or a mail address as cleanEmail keeps it, the one check every address passes. */
  private checkEmail(value: unknown, field: string, max: number): string {
    const text = this.checkText(value, field, max);
    const email = cleanEmail(text);
    if (text.trim() !== '' && !email) return this.fail('backupErrExpectedEmail', field), '';
    return email;
  }

  private list(field: string, maxItems: number): unknown[] {
    if (!this.has(field)) return [];
    const value = this.source[field];
    if (!Array.isArray(value)) return this.fail('backupErrExpectedList', field), [];
    if (value.length > maxItems) return this.fail('backupErrTooMany', field, value.length, maxItems), [];
    return value;
  }

  /** A non-empty key of this or another store. */
  id(field: string): string {
    if (!this.has(field)) return '';
    const value = this.source[field];
    if (typeof value !== 'string' || value === '' || value.length > MAX_ID_LENGTH) return this.fail('backupErrExpectedId', field), '';
    return value;
  }

  nullableId(field: string): string | null {
    if (!this.has(field) || this.source[field] === null) return null;
    return this.id(field);
  }

  text(field: string, max: number): string {
    return this.has(field) ? this.checkText(this.source[field], field, max) : '';
  }

  /** A name or title: as `text`, and its invisible characters dropped too, as the forms and the capture drop them. */
  line(field: string, max: number): string {
    return this.has(field) ? this.checkText(this.source[field], field, max, removeInvisible) : '';
  }

  /** A field added after earlier backups were made: absent is undefined, present must be right. */
  optionalText(field: string, max: number): string | undefined {
    return Object.hasOwn(this.source, field) ? this.checkText(this.source[field], field, max) : undefined;
  }

  optionalUrl(field: string, max: number): string | undefined {
    return Object.hasOwn(this.source, field) ? this.url(field, max) : undefined;
  }

  optionalBoolean(field: string): boolean | undefined {
    return Object.hasOwn(this.source, field) ? this.boolean(field) : undefined;
  }

  optionalOneOf<T extends string>(field: string, allowed: readonly T[]): T | undefined {
    return Object.hasOwn(this.source, field) ? this.oneOf(field, allowed) : undefined;
  }

  /** '' or an http(s) URL, or only the latter when `required`. */
  url(field: string, max: number, required = false): string {
    return this.has(field) ? this.checkUrl(this.source[field], field, max, required) : '';
  }

  email(field: string, max: number): string {
    return this.has(field) ? this.checkEmail(this.source[field], field, max) : '';
  }

  /**
   * A tidbit's address (or '' where `required` is false), in the form a saved
   * tidbit has: a link handed to an interviewer never carries the credentials,
   * tracking or quoted text a hand-edited file put in it.
   */
  tidbitUrl(field: string, required: boolean): string {
    const text = this.url(field, LIMITS.url, required);
    if (!text) return text;
    const normalized = normalizeTidbitUrl(text);
    return normalized.ok ? normalized.url : (this.fail('backupErrExpectedUrl', field), '');
  }

  /** Epoch milliseconds from 1970 to the end of 2200. */
  instant(field: string): number {
    if (!this.has(field)) return 0;
    const value = this.source[field];
    if (!isPlausibleInstant(value)) return this.fail('backupErrExpectedInstant', field), 0;
    return value;
  }

  nullableInstant(field: string): number | null {
    if (!this.has(field) || this.source[field] === null) return null;
    return this.instant(field);
  }

  integer(field: string, min: number, max: number): number {
    if (!this.has(field)) return min;
    const value = this.source[field];
    if (!isIntegerIn(value, min, max)) return this.fail('backupErrExpectedInteger', field, min, max), min;
    return value;
  }

  boolean(field: string): boolean {
    if (!this.has(field)) return false;
    const value = this.source[field];
    if (typeof value !== 'boolean') return this.fail('backupErrExpectedBoolean', field), false;
    return value;
  }

  oneOf<T extends string>(field: string, allowed: readonly T[]): T {
    const fallback = allowed[0]!;
    if (!this.has(field)) return fallback;
    const value = this.source[field];
    if (typeof value !== 'string') return this.fail('backupErrExpectedText', field), fallback;
    if (!(allowed as readonly string[]).includes(value)) return this.fail('backupErrUnknownValue', field, quote(value)), fallback;
    return value as T;
  }

  /** A local calendar day, `YYYY-MM-DD` from 1970 to 2200, or null. */
  nullableDay(field: string): string | null {
    if (!this.has(field) || this.source[field] === null) return null;
    const value = this.source[field];
    if (typeof value !== 'string' || !parsePlausibleDate(value)) return this.fail('backupErrExpectedDay', field), null;
    return value;
  }

  textList(field: string, maxItems: number, maxLength: number): string[] {
    return this.list(field, maxItems).map((item, i) => this.checkText(item, `${field}[${i}]`, maxLength));
  }

  emailList(field: string, maxItems: number, maxLength: number): string[] {
    return this.list(field, maxItems).map((item, i) => this.checkEmail(item, `${field}[${i}]`, maxLength));
  }

  urlList(field: string, maxItems: number, maxLength: number): string[] {
    return this.list(field, maxItems).map((item, i) => this.checkUrl(item, `${field}[${i}]`, maxLength, true));
  }

  dayList(field: string, maxItems: number): string[] {
    return this.list(field, maxItems).map((item, i) => {
      if (typeof item !== 'string' || !parsePlausibleDate(item)) return this.fail('backupErrExpectedDay', `${field}[${i}]`), '';
      return item;
    });
  }

  integerList(field: string, maxItems: number, min: number, max: number): number[] {
    return this.list(field, maxItems).map((item, i) => {
      if (!isIntegerIn(item, min, max)) return this.fail('backupErrExpectedInteger', `${field}[${i}]`, min, max), min;
      return item;
    });
  }

  /** A reader for a group of fields nested in this record (settings.cadence), or null when it is not there. */
  group(field: string): FieldReader | null {
    if (!this.has(field)) return null;
    const value = this.source[field];
    if (!isPlainObject(value)) return this.fail('backupErrExpectedObject', field), null;
    return new FieldReader(this.problems, this.place, value, `${this.prefix}${field}.`, this.state);
  }
}
