import { formatDate, formatPartialDate, type PartialDate } from './dates';
import { endOf } from './timeline';
import { COUNTRIES, STEP_STATES, type Country, type StepState } from '../schemas/vocabulary';

export { COUNTRIES, STEP_STATES, type Country, type StepState };

/** Whose step it is, as a reader sees it. */
export const COUNTRY_LABELS = {
  russia: 'Russia',
  india: 'India',
  both: 'Both countries',
} as const satisfies Record<Country, string>;

/** Each state in words: never a colour or an icon alone. */
export const STATE_LABELS = {
  done: 'Done',
  reported: 'Reported, not dated',
  expected: 'Expected',
  unknown: 'Not confirmed',
} as const satisfies Record<StepState, string>;

/** What the wording below needs of a step: its state, its date (if known) and when it was checked. */
export interface StepLike {
  state: StepState;
  date: PartialDate | undefined;
  checked: Date;
}

/** How current a list of steps is: the day every step was last looked at, and the latest confirmed step. */
export interface AsOf {
  /** The earliest `checked` of all steps: by this day, every step had been looked for. */
  checked: Date;
  /**
   * The latest date among the done steps, if any: the one that starts latest, so a month-only
   * date ("December 2025") never outranks a day inside it that we can confirm (15 December).
   */
  latestConfirmed: PartialDate | undefined;
}

/** Works out how current the status is. Throws on an empty list: there is nothing to date. */
export function statusAsOf(steps: readonly StepLike[]): AsOf {
  if (steps.length === 0) throw new Error('statusAsOf: no status steps');
  const checked = new Date(Math.min(...steps.map((step) => step.checked.getTime())));
  const latestConfirmed = steps
    .filter((step) => step.state === 'done' && step.date)
    .map((step) => step.date!)
    .reduce<PartialDate | undefined>(
      (latest, date) =>
        !latest ||
        date.start > latest.start ||
        (date.start.getTime() === latest.start.getTime() && endOf(date) < endOf(latest))
          ? date
          : latest,
      undefined,
    );
  return { checked, latestConfirmed };
}

/**
 * The "as of" line in words: "Checked 25 November 2026. The latest step we could confirm is dated
 * 15 December 2025."
 */
export function asOfSentence({ checked, latestConfirmed }: AsOf): string {
  const first = `Checked ${formatDate(checked)}.`;
  return latestConfirmed
    ? `${first} The latest step we could confirm is dated ${formatPartialDate(latestConfirmed)}.`
    : `${first} No step could be confirmed yet.`;
}
