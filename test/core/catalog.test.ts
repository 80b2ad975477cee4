import { describe, expect, it } from 'vitest';
import { catalog, connectCodes, extraCodes, keyForCode } from '../../src/core/catalog';
import type { StatusKey } from '../../src/core/types';
import { en } from '../../src/i18n/locales/en';

const keys = Object.keys(catalog) as StatusKey[];
const connectKeys = connectCodes.map(String) as StatusKey[];

// Words the copy guide keeps out of what people read.
const jargon =
  /\b(http|status code|method|payload|endpoint|precondition|etag|idempotent|exception|null|oops)\b/i;

describe('the status catalog', () => {
  it('gives every CONNECT code and the extra codes a state of their own', () => {
    for (const code of [...connectCodes, ...extraCodes]) {
      expect(keyForCode(code)).toBe(String(code));
    }
  });

  it('falls back by class for codes nobody listed', () => {
    expect(keyForCode(103)).toBe('1xx');
    expect(keyForCode(226)).toBe('2xx');
    expect(keyForCode(307)).toBe('3xx');
    expect(keyForCode(418)).toBe('4xx');
    expect(keyForCode(599)).toBe('5xx');
    for (const junk of [0, 99, 600, 42.5, Number.NaN, -404])
      expect(keyForCode(junk)).toBe('unknown');
  });

  it('has distinct titles and distinct badge labels for every CONNECT code', () => {
    const titles = connectKeys.map((key) => en.states[key].title);
    const labels = connectKeys.map((key) => en.states[key].label);
    expect(new Set(titles).size).toBe(connectKeys.length);
    expect(new Set(labels).size).toBe(connectKeys.length);
  });

  it.each(keys)('words for %s follow the copy guide', (key) => {
    const { title, label, message, advice } = en.states[key];
    expect(title.length).toBeGreaterThan(0);
    expect(title.length).toBeLessThanOrEqual(40);
    expect(title).not.toMatch(/[.!]$/);
    expect(title[0]).toBe(title[0]?.toUpperCase());
    expect(label.length).toBeLessThanOrEqual(20);
    expect(message.length).toBeLessThan(160);
    expect(message).toMatch(/\.$/);
    expect(advice).toMatch(/\.$/);
    for (const text of [title, label, message, advice]) {
      expect(text).not.toMatch(jargon);
      expect(text).not.toContain('!');
      expect(text).not.toMatch(/\b\d{3}\b/); // the code is never the headline
    }
  });

  it('never lets a person retry what cannot succeed unchanged', () => {
    for (const key of ['400', '401', '403', '404', '405', '409', '412'] as const) {
      expect(catalog[key].retryable).toBe(false);
    }
    for (const key of ['408', '429', '500', '502', '503', '504', 'offline', 'timeout'] as const) {
      expect(catalog[key].retryable).toBe(true);
    }
  });

  it('sends each error to the action CONNECT documents', () => {
    expect(catalog['401'].nextStep).toBe('sign-in');
    expect(catalog['403'].nextStep).toBe('request-access');
    expect(catalog['412'].nextStep).toBe('reload');
    expect(catalog['207'].nextStep).toBe('review-items');
    expect(en.states['302'].message).toMatch(/already there/);
    expect(en.states['412'].advice).toMatch(/Reload/);
    expect(en.states['408'].advice).toMatch(/shorter time range/);
  });
});
