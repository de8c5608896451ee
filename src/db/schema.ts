// One store per record kind of core/types.ts, with the indexes the queries need; the version and its steps are in migrations.ts.
import type { DBSchema, StoreNames } from 'idb';
import { RECORD_STORES } from '../core/backup/backup-file.ts';
import type { Contact, Interview, Link, Settings, Template, Tidbit, Touch } from '../core/types.ts';

export const DB_NAME = 'afterview';

export interface AfterviewSchema extends DBSchema {
  interviews: {
    key: string;
    value: Interview;
    indexes: { status: string; start: number };
  };
  contacts: {
    key: string;
    value: Contact;
    indexes: { email: string; profileUrl: string };
  };
  interviewers: {
    key: string;
    value: Link;
    indexes: { interviewId: string; contactId: string };
  };
  tidbits: {
    key: string;
    value: Tidbit;
    indexes: { interviewId: string; savedAt: number; url: string };
  };
  touchpoints: {
    key: string;
    value: Touch;
    indexes: { interviewId: string; contactId: string; statusDue: [string, number]; tidbitId: string };
  };
  templates: {
    key: string;
    value: Template;
  };
  settings: {
    key: string;
    value: Settings;
  };
}

export type StoreName = StoreNames<AfterviewSchema>;

/**
 * Every store: the record stores a backup holds (core/backup/backup-file.ts names
 * them, as core may not import db) and the one settings record.
 */
export const STORE_NAMES: readonly StoreName[] = [...RECORD_STORES, 'settings'];
