/**
 * The IndexedDB schema as a type: one database, one store per record kind of
 * core/types.ts, with the indexes the queries need. The version and the steps
 * that build it live in migrations.ts.
 */
import type { DBSchema } from 'idb';
import type { Contact, Interview, Interviewer, Settings, Template, Tidbit, Touchpoint } from '../core/types.ts';

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
    value: Interviewer;
    indexes: { interviewId: string; contactId: string };
  };
  tidbits: {
    key: string;
    value: Tidbit;
    indexes: { interviewId: string; savedAt: number; url: string };
  };
  touchpoints: {
    key: string;
    value: Touchpoint;
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

export type StoreName = 'interviews' | 'contacts' | 'interviewers' | 'tidbits' | 'touchpoints' | 'templates' | 'settings';

export const STORE_NAMES: readonly StoreName[] = [
  'interviews',
  'contacts',
  'interviewers',
  'tidbits',
  'touchpoints',
  'templates',
  'settings',
];
