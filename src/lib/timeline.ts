import { EVENT_KINDS, type EventKind } from '../schemas/vocabulary';
import { parsePartialDate, type PartialDate } from './dates';

/** The parts of a timeline event the helpers below look at. */
export interface EventLike {
  id: string;
  data: { date: PartialDate; kind: string; tags?: readonly string[] };
}

/** The last instant a partial date can mean: the end of its day, month or year (UTC). */
export function endOf(date: PartialDate): Date {
  const d = date.start;
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  if (date.precision === 'day') return new Date(Date.UTC(y, m, day + 1) - 1);
  if (date.precision === 'month') return new Date(Date.UTC(y, m + 1, 1) - 1);
  return new Date(Date.UTC(y + 1, 0, 1) - 1);
}

/**
 * Events in date order. An event known only to the month or year sorts after the dated events
 * inside that month or year (it is placed at the end of its period); ties keep their given order.
 */
export function chronological<T extends EventLike>(events: readonly T[]): T[] {
  return inDateOrder(events, (event) => event.data.date);
}

/**
 * Items in the order of a partial date each carries, as {@link chronological} orders events: a
 * date known only to the month or year goes after the dated items of that period, and items
 * with no date go last; ties keep their given order.
 */
export function inDateOrder<T>(items: readonly T[], dateOf: (item: T) => PartialDate | null): T[] {
  return items
    .map((item, index) => {
      const date = dateOf(item);
      return { item, index, key: date ? endOf(date).getTime() : Number.POSITIVE_INFINITY };
    })
    .sort((a, b) => a.key - b.key || a.index - b.index)
    .map(({ item }) => item);
}

/** Which events to show: any combination of these; none means all. */
export interface EventSelection {
  /** Exactly these events, by id (unknown ids are an error). */
  ids?: readonly string[] | undefined;
  /** Only events of these kinds. */
  kinds?: readonly string[] | undefined;
  /** Only events carrying one of these tags. */
  tags?: readonly string[] | undefined;
  /** Only events on or after this date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive). */
  from?: string | undefined;
  /** Only events on or before this date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive). */
  to?: string | undefined;
}

function boundary(value: string, name: 'from' | 'to'): PartialDate {
  const parsed = parsePartialDate(value);
  if ('error' in parsed) throw new Error(`Timeline ${name}: ${parsed.error}`);
  return parsed;
}

/**
 * The events a selection picks, in date order. Throws on an unknown id or a malformed date, so a
 * mistake in an article's `<Timeline>` fails the build instead of showing fewer events.
 */
export function selectEvents<T extends EventLike>(
  events: readonly T[],
  selection: EventSelection = {},
): T[] {
  const { ids, kinds, tags, from, to } = selection;
  if (ids) {
    const known = new Set(events.map((event) => event.id));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new Error(
        `Timeline ids: no event has the id ${unknown.map((id) => `"${id}"`).join(', ')}`,
      );
    }
  }
  const start = from === undefined ? undefined : boundary(from, 'from').start.getTime();
  const end = to === undefined ? undefined : endOf(boundary(to, 'to')).getTime();
  return chronological(
    events.filter(
      (event) =>
        (!ids || ids.includes(event.id)) &&
        (!kinds || kinds.includes(event.data.kind)) &&
        (!tags || (event.data.tags ?? []).some((tag) => tags.includes(tag))) &&
        (start === undefined || event.data.date.start.getTime() >= start) &&
        (end === undefined || event.data.date.start.getTime() <= end),
    ),
  );
}

/** "expected" when the event's date has not begun by `now`, otherwise "past". */
export function eventStatus(event: EventLike, now: Date): 'past' | 'expected' {
  return event.data.date.start.getTime() > now.getTime() ? 'expected' : 'past';
}

/** Events grouped by year, oldest year first, each year's events in date order. */
export function groupByYear<T extends EventLike>(
  events: readonly T[],
): { year: number; events: T[] }[] {
  const groups = new Map<number, T[]>();
  for (const event of chronological(events)) {
    const year = event.data.date.start.getUTCFullYear();
    groups.set(year, [...(groups.get(year) ?? []), event]);
  }
  return [...groups].map(([year, grouped]) => ({ year, events: grouped }));
}

export { EVENT_KINDS, type EventKind };
