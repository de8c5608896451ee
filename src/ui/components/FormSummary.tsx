import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../../i18n.ts';

interface Props {
  /** The form's problems by field (useForm's `errors`); a new object after each refused submit. */
  errors: object;
  /** What saving failed with, or '' when it did not. */
  failure: string;
}

/**
 * The top of a form that was refused: "please correct the highlighted fields"
 * when its check found problems, and what went wrong when saving failed. The
 * focus moves to the first each time a check brings new problems, so someone
 * who pressed Save hears why nothing happened and starts from the top.
 */
export function FormSummary({ errors, failure }: Props) {
  const summary = useRef<HTMLParagraphElement>(null);
  const hasErrors = Object.keys(errors).length > 0;
  // Every failed submit brings a new errors object and moves focus to the summary again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: errors is the trigger, not a value read.
  useLayoutEffect(() => {
    if (hasErrors) summary.current?.focus();
  }, [errors]);
  return (
    <>
      {hasErrors && (
        <p class="form-summary" role="alert" tabIndex={-1} ref={summary}>
          {t('fixErrors')}
        </p>
      )}
      {failure && (
        <p class="form-summary" role="alert">
          {failure}
        </p>
      )}
    </>
  );
}
