import { describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/locales/de';
import { en } from '../../src/i18n/locales/en';
import { es } from '../../src/i18n/locales/es';
import { fr } from '../../src/i18n/locales/fr';
import { ja } from '../../src/i18n/locales/ja';
import type { Messages } from '../../src/i18n/messages';
import { isPluralForms, leaves, textsOf } from '../support/leaves';

/** Every locale the package ships; a new one is added here and gets every check below. */
const locales: Record<string, Messages> = { en, de, fr, es, ja };
const others = Object.entries(locales).filter(([name]) => name !== 'en');

const placeholders = (text: unknown) =>
  [...String(text).matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

const english = leaves(en);

describe.each(Object.entries(locales))('locale %s', (_name, messages) => {
  const own = leaves(messages);

  it('has every key of the English catalog, and no other', () => {
    expect([...own.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('has no empty or blank strings, and nothing but strings', () => {
    for (const [path, leaf] of own) {
      for (const text of textsOf(leaf)) {
        expect(typeof text, path).toBe('string');
        expect(String(text).trim(), path).not.toBe('');
      }
    }
  });

  it('uses the same {placeholders} as English in every string, every plural form too', () => {
    for (const [path, leaf] of english) {
      const wanted = placeholders(textsOf(leaf)[0]);
      for (const text of textsOf(own.get(path))) expect(placeholders(text), path).toEqual(wanted);
    }
  });

  it('gives each message with a count exactly the forms its language’s plural rules use', () => {
    const forms = new Intl.PluralRules(messages.locale).resolvedOptions().pluralCategories;
    const plural = [...english].filter(([, leaf]) => isPluralForms(leaf));
    expect(plural.length).toBeGreaterThan(0);
    for (const [path] of plural) {
      expect(Object.keys(own.get(path) as object).sort(), path).toEqual([...forms].sort());
    }
  });

  it('gives every state its own badge label', () => {
    const labels = Object.values(messages.states).map((state) => state.label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('writes titles as the copy guide asks: short, no full stop, no exclamation mark', () => {
    for (const [key, { title }] of Object.entries(messages.states)) {
      expect(title, key).not.toMatch(/[.!]$/);
      expect(title.length, key).toBeLessThanOrEqual(45);
    }
    expect(JSON.stringify(messages)).not.toContain('!');
  });

  it('names a locale Intl can format with', () => {
    expect(Intl.NumberFormat.supportedLocalesOf([messages.locale])).toEqual([messages.locale]);
  });
});

/** Words a language spells as English does: "Information" in French, "Error" in Spanish. */
const alsoEnglish: Record<string, string[]> = {
  fr: ['ui.severity.info'],
  es: ['ui.severity.error'],
};

describe.each(others)('locale %s against English', (name, messages) => {
  const own = leaves(messages);
  // Words that are the same in both languages by design (a code, "OK").
  const same = new Set([
    'locale',
    'states.200.label',
    'ui.code',
    'ui.retryInShort',
    ...(alsoEnglish[name] ?? []),
  ]);

  it('is really translated: no string left in English', () => {
    const untranslated = [...english]
      .filter(
        ([path, leaf]) =>
          !same.has(path) && textsOf(own.get(path)).some((text) => textsOf(leaf).includes(text)),
      )
      .map(([path]) => path);
    expect(untranslated).toEqual([]);
  });
});
