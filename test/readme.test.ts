import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../src';
import { catalog, connectCodes, extraCodes } from '../src/core/catalog';
import { defaultRetryPolicy } from '../src/core/retry';
import type { StatusKey } from '../src/core/types';
import { en } from '../src/i18n/locales/en';
import { docsPath, expectReadmeBlock, readmePath } from './support/generated';

const rows: { key: StatusKey; code: string }[] = [
  ...[...connectCodes, ...extraCodes]
    .sort((a, b) => a - b)
    .map((code) => ({
      key: String(code) as StatusKey,
      code: String(code),
    })),
  { key: 'offline', code: 'no response' },
  { key: 'timeout', code: 'client timeout' },
  { key: 'aborted', code: 'aborted' },
  ...(['1xx', '2xx', '3xx', '4xx', '5xx'] as const).map((key) => ({ key, code: `other ${key}` })),
  { key: 'unknown', code: 'unreadable input' },
];

/** docs/states.md's status table, built from the catalog and the English words, in code order. */
function statusTable(): string {
  const lines = [
    '| Code | Badge | Title | Severity | Retry | Advice | Next step |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(({ key, code }) => {
      const { label, title, advice } = en.states[key];
      const { severity, retryable, nextStep } = catalog[key];
      const step = `\`${nextStep}\`: ${en.ui.nextStep[nextStep]}`;
      return `| ${code} | ${label} | ${title} | ${severity} | ${retryable ? 'yes' : 'no'} | ${advice} | ${step} |`;
    }),
  ];
  return lines.join('\n');
}

/** docs/status-pages.md's table of next steps: each key, its action's label, the states. */
function nextStepTable(): string {
  const lines = [
    '| `nextStep` | Action label | States that lead to it |',
    '|---|---|---|',
    ...Object.entries(en.ui.nextStep).map(([step, label]) => {
      const states = rows.filter(({ key }) => catalog[key].nextStep === step);
      return `| \`${step}\` | ${label} | ${states.map(({ code }) => code).join(', ')} |`;
    }),
  ];
  return lines.join('\n');
}

describe('README and guides', () => {
  it('lists every next step of a status page with its label and states (UPDATE_README=1 rewrites it)', () => {
    expectReadmeBlock('next-steps', nextStepTable(), docsPath('status-pages'));
  });

  it('lists every state exactly as the catalog has it (UPDATE_README=1 rewrites it)', () => {
    expectReadmeBlock('status-table', statusTable(), docsPath('states'));
  });

  it('states the retry defaults the code uses', () => {
    const readme = readFileSync(docsPath('retries'), 'utf8');
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

/** The README and every guide in docs/, and CONTRIBUTING.md. */
const pages = [
  readmePath,
  join(process.cwd(), 'CONTRIBUTING.md'),
  ...readdirSync(join(process.cwd(), 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(process.cwd(), 'docs', name)),
];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

/** The anchors of a Markdown file's headings (code blocks left out). */
function anchors(path: string): Set<string> {
  const text = readFileSync(path, 'utf8').replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map(([, heading = '']) => slug(heading)));
}

describe('links and history', () => {
  it('links only to files and headings that exist', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const text = readFileSync(page, 'utf8').replace(/```[\s\S]*?```/g, '');
      for (const [, target = ''] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target)) continue;
        const [file = '', anchor] = target.split('#');
        const path = file ? join(dirname(page), file) : page;
        if (!existsSync(path)) broken.push(`${page}: ${target}`);
        else if (anchor && path.endsWith('.md') && !anchors(path).has(anchor)) {
          broken.push(`${page}: ${target}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('carries no project history: issue numbers, dates, before/after', () => {
    for (const page of pages) {
      const text = readFileSync(page, 'utf8');
      expect({
        page,
        found: text.match(/(^|[\s(])#\d+\b|\b20\d\d-\d\d-\d\d\b|\b(Before|After) #/gm),
      }).toEqual({
        page,
        found: null,
      });
    }
  });

  it('names every export of the package in the README import table', () => {
    const readme = readFileSync(readmePath, 'utf8');
    const table = readme.slice(
      readme.indexOf('| Import |'),
      readme.indexOf('\n\n', readme.indexOf('| Import |')),
    );
    const missing = Object.keys(api).filter((name) => !table.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });
});
