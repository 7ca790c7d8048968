import { DOMAINS, VERDICTS, type Domain, type Verdict } from '../schemas/vocabulary';

export { DOMAINS, VERDICTS, type Domain, type Verdict };

/** How each domain of the explainer is headed, in display order. */
export const DOMAIN_LABELS = {
  purposes: 'What forces may be sent for',
  sea: 'At sea and in port',
  air: 'In the air and at airfields',
  land: 'On land',
  people: 'People',
  money: 'Money',
  process: 'Taking effect and how long it lasts',
  law: 'Legal commitments',
} as const satisfies Record<Domain, string>;

/** The word each verdict is shown with: always text, never only a colour or an icon. */
export const VERDICT_LABELS = {
  allowed: 'Allowed',
  limited: 'Limited',
  'procedure set': 'Procedure set',
  'separate arrangements': 'Separate financial arrangements',
  'not covered': 'Not covered',
  unclear: 'Unclear',
} as const satisfies Record<Verdict, string>;

/** What each verdict means, for the key on /what-it-allows/. */
export const VERDICT_MEANINGS: Record<Verdict, string> = {
  allowed: 'The agreement provides for it, as officially described or reported.',
  limited: 'Provided for, within a stated cap or condition.',
  'procedure set':
    'The agreement sets a procedure or rule for it; the detail says how much of it is reported.',
  'separate arrangements':
    'Provided "under separate financial arrangements", in Kommersant\'s words (our translation); their terms are not reported.',
  'not covered': 'The agreement does not provide for it.',
  unclear: 'Claimed or asked about, but no official description supports it.',
};

/** Verdicts that say the agreement does not do something, or that nobody can say it does. */
export const NOT_ESTABLISHED: readonly Verdict[] = ['not covered', 'unclear'];

/** The parts of a provision the helpers below look at. */
export interface ProvisionLike {
  id: string;
  data: { domain: Domain; verdict: Verdict };
}

/** Which provisions to show; none means all. */
export interface ProvisionSelection {
  /** Exactly these items, by id (unknown ids are an error). */
  ids?: readonly string[] | undefined;
  domains?: readonly string[] | undefined;
  verdicts?: readonly string[] | undefined;
}

/**
 * The provisions a selection picks, in file order. Throws on a domain or verdict that does not
 * exist, so a typo in an article's `<WhatItAllows>` fails the build.
 */
export function selectProvisions<T extends ProvisionLike>(
  provisions: readonly T[],
  { ids, domains, verdicts }: ProvisionSelection = {},
): T[] {
  const unknown = ids?.filter((id) => !provisions.some((p) => p.id === id)) ?? [];
  if (unknown.length > 0) {
    throw new Error(
      `WhatItAllows ids: no item has the id ${unknown.map((id) => `"${id}"`).join(', ')}`,
    );
  }
  const badDomain = domains?.find((d) => !(DOMAINS as readonly string[]).includes(d));
  if (badDomain !== undefined) {
    throw new Error(`WhatItAllows domains: "${badDomain}" is not one of ${DOMAINS.join(', ')}`);
  }
  const badVerdict = verdicts?.find((v) => !(VERDICTS as readonly string[]).includes(v));
  if (badVerdict !== undefined) {
    throw new Error(`WhatItAllows verdicts: "${badVerdict}" is not one of ${VERDICTS.join(', ')}`);
  }
  return provisions.filter(
    (p) =>
      (!ids || ids.includes(p.id)) &&
      (!domains || domains.includes(p.data.domain)) &&
      (!verdicts || verdicts.includes(p.data.verdict)),
  );
}

/** Provisions grouped by domain in display order; empty domains are left out. */
export function groupByDomain<T extends ProvisionLike>(
  provisions: readonly T[],
): { domain: Domain; items: T[] }[] {
  return DOMAINS.map((domain) => ({
    domain,
    items: provisions.filter((p) => p.data.domain === domain),
  })).filter((group) => group.items.length > 0);
}

/**
 * Splits provisions into what the agreement does (grouped by domain) and what it does not
 * establish or what is unclear, which the explainer shows as its own section.
 */
export function splitByEstablished<T extends ProvisionLike>(
  provisions: readonly T[],
): {
  established: { domain: Domain; items: T[] }[];
  notEstablished: T[];
} {
  return {
    established: groupByDomain(provisions.filter((p) => !NOT_ESTABLISHED.includes(p.data.verdict))),
    notEstablished: provisions.filter((p) => NOT_ESTABLISHED.includes(p.data.verdict)),
  };
}

/** Formats a numeric limit the way the site writes numbers: "3,000". */
export function formatLimit(value: number): string {
  return new Intl.NumberFormat('en-GB').format(value);
}
