// Notification text as message keys. Names and companies come from captured pages: cleaned and bounded here, shown as plain text.
import { cleanLine, LIMITS } from '../text.ts';
import type { Touch } from '../types.ts';
import type { LocalizedMessage } from './localized-message.ts';
import { ageBetween, ageMessage } from './relative-age.ts';

export interface NotificationContent {
  title: LocalizedMessage;
  message: LocalizedMessage;
}

export interface TouchContext {
  /** The contact's name; '' when unknown. */
  contactName: string;
  company: string;
  /** When the interview ended (see interviewEnd). */
  interviewEnd: number;
}

const KEYS: Record<Touch['kind'], { title: string; message: string }> = {
  'thank-you': { title: 'notifyThankTitle', message: 'notifyThankBody' },
  'check-in': { title: 'notifyCheckInTitle', message: 'notifyCheckInBody' },
  'value-add': { title: 'notifyValueAddTitle', message: 'notifyValueAddBody' },
};

/** The notification for one touch that became due: "Thank Jane Doe at Acme — interview ended 2 hours ago". */
export function touchNotification(touch: Pick<Touch, 'kind'>, context: TouchContext, now: number): NotificationContent {
  const keys = KEYS[touch.kind];
  const name = cleanLine(context.contactName, LIMITS.name);
  return {
    title: { key: keys.title, substitutions: [] },
    message: {
      key: keys.message,
      substitutions: [
        name || { key: 'notifyUnknownContact', substitutions: [] },
        cleanLine(context.company, LIMITS.company),
        ageMessage(ageBetween(context.interviewEnd, now)),
      ],
    },
  };
}

/** The one notification raised when several touches are due at once. */
export function summaryNotification(count: number): NotificationContent {
  return {
    title: { key: 'notifySummaryTitle', substitutions: [] },
    message: { key: 'notifySummaryBody', substitutions: [count], count },
  };
}
