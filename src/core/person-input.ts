import { cleanEmail, cleanLine, LIMITS } from './text.ts';

export interface PersonForm {
  name: string;
  title: string;
  email: string;
  /** Only the editor shows it; adding by hand leaves it empty. */
  profileUrl?: string;
}

/** Each field's problem, as a message key. */
export type PersonFieldErrors = Partial<Record<keyof PersonForm, string>>;

/** The checks a person passes, added by hand or corrected: a name, within the limits, and an address that is one. */
export function validatePerson(form: PersonForm): PersonFieldErrors {
  const errors: PersonFieldErrors = {};
  const name = cleanLine(form.name, Infinity);
  if (!name) errors.name = 'errNameRequired';
  else if (name.length > LIMITS.name) errors.name = 'errTooLong';
  if (cleanLine(form.title, Infinity).length > LIMITS.title) errors.title = 'errTooLong';
  if (form.email.trim() && !cleanEmail(form.email)) errors.email = 'errEmailInvalid';
  return errors;
}
