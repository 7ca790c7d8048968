import { DOMAINS, VERDICTS, type Domain, type Verdict } from '../schemas/vocabulary';
import { DEFAULT_LANG } from '../i18n/locales';
import { ui } from '../i18n/ui';

export { DOMAINS, VERDICTS, type Domain, type Verdict };

/** The word each verdict is shown with, in English: always text, never only a colour or an icon. */
export const VERDICT_LABELS: Record<Verdict, string> = ui(DEFAULT_LANG).allows.verdicts;

/** What each verdict means, in English, for the key on /what-it-allows/. */
export const VERDICT_MEANINGS: Record<Verdict, string> = ui(DEFAULT_LANG).allows.meanings;

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
