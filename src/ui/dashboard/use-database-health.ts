/** Whether this version could open the database, or found it un-upgradable (and left it as it was), or could not create it. */
import { useEffect, useState } from 'preact/hooks';
import { db, DatabaseUpgradeError } from '../../db/open.ts';

export type DatabaseHealth = 'checking' | 'ready' | 'upgrade-failed' | 'setup-failed';

export function useDatabaseHealth(): DatabaseHealth {
  const [health, setHealth] = useState<DatabaseHealth>('checking');
  useEffect(() => {
    db().then(
      () => setHealth('ready'),
      // Other failures are shown by the sections that hit them.
      (error: unknown) => setHealth(error instanceof DatabaseUpgradeError ? (error.firstRun ? 'setup-failed' : 'upgrade-failed') : 'ready'),
    );
  }, []);
  return health;
}
