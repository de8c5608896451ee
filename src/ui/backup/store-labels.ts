import type { RecordStore } from '../../core/backup/backup-file.ts';
import type { MessageKey } from '../../i18n.ts';

export const STORE_LABELS: Record<RecordStore, MessageKey> = {
  interviews: 'backupStoreInterviews',
  contacts: 'backupStoreContacts',
  interviewers: 'backupStoreInterviewers',
  tidbits: 'backupStoreTidbits',
  touchpoints: 'backupStoreTouchpoints',
  templates: 'backupStoreTemplates',
};
