// Filling in words: no catalog here, so whatever only formats (a badge) brings none along.

/**
 * Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing.
 * Total: a template that is not a string gives '', a value that cannot become text leaves its
 * placeholder as it was.
 */
export function formatMessage(template: string, values: Record<string, string | number>): string {
  if (typeof template !== 'string') return '';
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    try {
      return typeof values === 'object' && values !== null && Object.hasOwn(values, name)
        ? String(values[name])
        : whole;
    } catch {
      return whole; // a value whose toString throws
    }
  });
}

// Intl formatters are costly to build (tens of microseconds): one per locale, reused. Only a
// bounded number is kept, as locales may come from anywhere.
const numberFormats = new Map<string, Intl.NumberFormat>();
const MAX_FORMATS = 32;

function numberFormatFor(locale: unknown): Intl.NumberFormat {
  const tag = typeof locale === 'string' ? locale : 'en';
  let format = numberFormats.get(tag);
  if (!format) {
    try {
      format = new Intl.NumberFormat(tag);
    } catch {
      format = numberFormatFor('en');
    }
    if (numberFormats.size >= MAX_FORMATS) numberFormats.clear();
    numberFormats.set(tag, format);
  }
  return format;
}

/**
 * A whole number in the catalog's locale ("1,234" in English, "1.234" in German). A locale Intl
 * refuses formats as English; a value Intl cannot format gives ''. Never throws.
 */
export function formatNumber(value: number, locale: string): string {
  try {
    return numberFormatFor(locale).format(value);
  } catch {
    return '';
  }
}
