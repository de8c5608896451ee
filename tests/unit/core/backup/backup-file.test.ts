import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, backupFileName, emptyBackupData, serializeBackup } from '../../../../src/core/backup/backup-file.ts';
import { parseBackup } from '../../../../src/core/backup/parse.ts';
import { makeDataset } from '../../../support/seed.ts';

const meta = { appVersion: '1.2.3', exportedAt: Date.UTC(2026, 0, 15, 12, 30) };

describe('serializeBackup', () => {
  it('writes the marker, the version, the time and the app version', () => {
    const file = JSON.parse(serializeBackup(emptyBackupData(), meta));
    expect(file).toEqual({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: '2026-01-15T12:30:00.000Z',
      app: { version: '1.2.3' },
      data: emptyBackupData(),
    });
  });

  it('writes one record per line, so an error position points at a record', () => {
    const data = makeDataset({ interviews: 5, contacts: 8, tidbits: 6, touchpoints: 10, seed: 3 });
    const lines = serializeBackup(data, meta).split('\n');
    for (const contact of data.contacts) {
      expect(lines.filter((line) => line.includes(JSON.stringify(contact.id))).some((line) => line.startsWith('{"id":'))).toBe(true);
    }
    expect(lines.filter((line) => line.startsWith('{"id":'))).toHaveLength(
      data.interviews.length + data.contacts.length + data.interviewers.length + data.tidbits.length + data.touchpoints.length + data.templates.length,
    );
  });

  it('reads back to the same data', () => {
    const data = makeDataset({ interviews: 20, contacts: 40, tidbits: 30, touchpoints: 60, seed: 9 });
    const parsed = parseBackup(serializeBackup(data, meta));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.backup.data).toEqual(data);
    expect(parsed.backup.app.version).toBe('1.2.3');
  });
});

describe('backupFileName', () => {
  it('is dated by the local day', () => {
    expect(backupFileName(new Date(2026, 2, 4, 23, 59).getTime())).toBe('afterview-backup-2026-03-04.json');
  });
});
