/** The one alarm Afterview keeps: set to the earliest due touch. */
export const ALARM_NAME = 'afterview-next-touch';
