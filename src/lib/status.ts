import { formatDate, formatPartialDate, type PartialDate } from './dates';
import { ui } from '../i18n/ui';
import { endOf } from './timeline';
import { COUNTRIES, STEP_STATES, type Country, type StepState } from '../schemas/vocabulary';

export { COUNTRIES, STEP_STATES, type Country, type StepState };

/** Whose step it is, as a reader of the English edition sees it (src/i18n/ui has every edition's). */
export const COUNTRY_LABELS: Record<Country, string> = ui('en').status.countries;

/** Each state in words: never a colour or an icon alone. */
export const STATE_LABELS: Record<StepState, string> = ui('en').status.states;

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
export function asOfSentence(
  { checked, latestConfirmed }: AsOf,
  words: AsOfWords = ui('en').status,
  day: (date: Date) => string = formatDate,
  partial: (date: PartialDate) => string = formatPartialDate,
): string {
  const first = words.checked(day(checked));
  return latestConfirmed
    ? `${first} ${words.latestConfirmed(partial(latestConfirmed))}`
    : `${first} ${words.noneConfirmed}`;
}

/** The words of the "as of" line, from an edition's dictionary (`ui(lang).status`). */
export interface AsOfWords {
  checked: (date: string) => string;
  latestConfirmed: (date: string) => string;
  noneConfirmed: string;
}
