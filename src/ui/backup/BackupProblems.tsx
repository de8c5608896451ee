import type { Problem } from '../../core/backup/problems.ts';
import { t, tCount, tDynamic } from '../../i18n.ts';

/** Every problem the parser kept (the first twenty) and how many more; announced, because nothing else on the page moves. */
export function BackupProblems({ fileName, errors, count }: { fileName: string; errors: Problem[]; count: number }) {
  return (
    <div class="problems backup-problems" role="alert">
      <p class="problems__heading">{t('backupProblemsHeading', fileName)}</p>
      <ul>
        {errors.map((problem, i) => (
          <li key={i}>{tDynamic(problem.key, problem.substitutions)}</li>
        ))}
      </ul>
      {count > errors.length && <p class="backup-problems__more">{tCount('backupMoreProblems', count - errors.length)}</p>}
    </div>
  );
}
