/**
 * Plurals by the language's own rules (CLDR, through `Intl.PluralRules`), for the dictionaries'
 * sentences that hold a count. Pure.
 */

/** A word's forms by plural category; `other` is required, the others as the language has them. */
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/**
 * The plural chooser of a locale: `plural('ru-RU')(21, { one: 'статья', few: 'статьи', many:
 * 'статей', other: 'статьи' })` is `статья`. A category the forms leave out takes `other`.
 */
export function plural(locale: string): (count: number, forms: PluralForms) => string {
  const rules = new Intl.PluralRules(locale);
  return (count, forms) => forms[rules.select(count)] ?? forms.other;
}

/**
 * A counted sentence as templates a page can carry for its script: one per plural category of
 * the language (`one`, `few`, `many`, `other`), with `{n}` where the count goes. Made at build
 * time from a dictionary's function (`(n) => "2 results for …"`), which may choose its words by
 * the count in any way its language needs; the script picks the template by
 * `Intl.PluralRules` and writes the count with `Intl.NumberFormat`.
 */
export function pluralTemplates(
  locale: string,
  sentence: (count: number) => string,
): Record<string, string> {
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  const templates: Record<string, string> = {};
  for (let n = 0; n <= 200; n++) {
    const category = rules.select(n);
    if (category in templates) continue;
    const text = sentence(n);
    // The count as the sentence writes it: in the language's digits, else as it is.
    const written = [numbers.format(n), String(n)].find((form) => text.includes(form));
    templates[category] = written === undefined ? text : text.replace(written, '{n}');
  }
  return templates;
}
