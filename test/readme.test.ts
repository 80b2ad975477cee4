import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog, connectCodes, extraCodes } from '../src/core/catalog';
import { defaultRetryPolicy } from '../src/core/retry';
import type { StatusKey } from '../src/core/types';
import { en } from '../src/i18n/locales/en';
import { expectReadmeBlock, readmePath } from './support/generated';

const rows: { key: StatusKey; code: string }[] = [
  ...[...connectCodes, ...extraCodes].map((code) => ({
    key: String(code) as StatusKey,
    code: String(code),
  })),
  { key: 'offline', code: 'no response' },
  { key: 'timeout', code: 'client timeout' },
  { key: 'aborted', code: 'aborted' },
  ...(['1xx', '2xx', '3xx', '4xx', '5xx'] as const).map((key) => ({ key, code: `other ${key}` })),
  { key: 'unknown', code: 'unreadable input' },
];

/** The README's status table, built from the catalog and the English words. */
function statusTable(): string {
  const lines = [
    '| Code | Badge | Title | Severity | Retry | Advice |',
    '|---|---|---|---|---|---|',
    ...rows.map(({ key, code }) => {
      const { label, title, advice } = en.states[key];
      const { severity, retryable } = catalog[key];
      return `| ${code} | ${label} | ${title} | ${severity} | ${retryable ? 'yes' : 'no'} | ${advice} |`;
    }),
  ];
  return lines.join('\n');
}

describe('README', () => {
  it('lists every state exactly as the catalog has it (UPDATE_README=1 rewrites it)', () => {
    expectReadmeBlock('status-table', statusTable());
  });

  it('states the retry defaults the code uses', () => {
    const readme = readFileSync(readmePath, 'utf8');
    expect(readme).toContain(`base ${defaultRetryPolicy.baseMs / 1000} s`);
    expect(readme).toContain(`cap ${defaultRetryPolicy.capMs / 1000} s`);
    expect(readme).toContain(`${defaultRetryPolicy.maxAttempts} retries`);
  });

  it('has the two quick-start commands', () => {
    const readme = readFileSync(readmePath, 'utf8');
    expect(readme).toContain('npm ci && npm run storybook');
    expect(readme).toContain('npm test');
  });
});
