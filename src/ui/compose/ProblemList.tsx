/** The problems that keep a note (or a template) from going out, each with an id a field can point at. */
import { tDynamic } from '../../i18n.ts';
import type { ShownProblem } from './compose-data.ts';

interface Props {
  id: string;
  heading: string;
  problems: readonly ShownProblem[];
  /** Nothing was changed yet: the problems are said as what is still to do, not as errors. */
  pending?: boolean;
}

/** The id of the problem at `index` in the list `listId`, for aria-describedby. */
function problemId(listId: string, index: number): string {
  return `${listId}-${index}`;
}

/** The ids of the problems that `match`, space-separated, or undefined when none do. */
export function describedBy(listId: string, problems: readonly ShownProblem[], match: (p: ShownProblem) => boolean, extra: (string | false | undefined)[] = []): string | undefined {
  const ids = problems.flatMap((problem, index) => (match(problem) ? [problemId(listId, index)] : []));
  return [...extra.filter(Boolean), ...ids].join(' ') || undefined;
}

export function ProblemList({ id, heading, problems, pending = false }: Props) {
  if (problems.length === 0) return null;
  return (
    <div class={pending ? 'problems problems--pending' : 'problems'} id={id}>
      {/* Not a heading: the list sits at different depths in the composer and the template editor. */}
      <p class="problems__heading" id={`${id}-heading`}>
        {heading}
      </p>
      <ul aria-labelledby={`${id}-heading`}>
        {problems.map((problem, index) => (
          <li key={problemId(id, index)} id={problemId(id, index)} class={pending ? undefined : 'field__error'}>
            {tDynamic(problem.key, problem.substitutions)}
          </li>
        ))}
      </ul>
    </div>
  );
}
