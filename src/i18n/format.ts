// Filling in words: no catalog here, so whatever only formats (a badge) brings none along.

import { isObject, isText, read } from '../core/guards';

/**
 * Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. A
 * message with a count gives its `other` form: pick the form for a count first (pluralOf, or
 * Intl.PluralRules in an app). Total: a template that is no text gives '', a value that cannot
 * become text leaves its placeholder as it was.
 */
export function formatMessage(
  template: string | PluralForms,
  values: Record<string, string | number>,
): string {
  const text = read(template, 'other') ?? template;
  if (typeof text !== 'string') return '';
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    try {
      return isObject(values) && Object.hasOwn(values, name) ? String(values[name]) : whole;
    } catch {
      return whole; // a value whose toString throws
    }
  });
}

// Intl formatters are costly to build (tens of microseconds): one per locale and options,
// reused, numbers and dates alike. Only a bounded number is kept, as locales may come from
// anywhere.
type Format = Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules;
const formats = new Map<string, Format>();

/**
 * The formatter `id` names, built by `make` the first time. The locale it is built for always
 * comes from a complete catalog (catalog-words.ts), where only a tag Intl accepts is kept.
 */
export function intlFormat<T extends Format>(id: string, make: () => T): T {
  let format = formats.get(id) as T | undefined;
  if (!format) {
    format = make();
    if (formats.size >= 100) formats.clear();
    formats.set(id, format);
  }
  return format;
}

/** A whole number in the catalog's locale ("1,234" in English, "1.234" in German). */
export function formatNumber(value: number, locale: string): string {
  return intlFormat(locale, () => new Intl.NumberFormat(locale)).format(value);
}

/**
 * A message with a count, in the forms its language needs: `other` always, and `one`, `two`,
 * `few`, `many` or `zero` where the language's plural rules (Intl.PluralRules) use them.
 */
export type PluralForms = { [form in Intl.LDMLPluralRule]?: string } & { other: string };

/** The form of a message the locale's plural rules pick for `count` ("1 try", "3 tries"). */
export function pluralOf(forms: PluralForms | string, count: number, locale: string): string {
  if (typeof forms === 'string') return forms; // one message for every count
  const rules = intlFormat(`${locale} plural`, () => new Intl.PluralRules(locale));
  const form = read(forms, rules.select(count));
  return isText(form) ? form : forms.other;
}
