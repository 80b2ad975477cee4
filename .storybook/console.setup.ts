/**
 * Story tests keep the console for surprises. In development React reports on the console every
 * error a boundary catches ("The above error occurred in the <X> component … the error boundary
 * you provided, Y."), even when catching it is the point of the story. A story that expects that
 * names the boundaries in `parameters.caughtBy`: their reports are then checked (at least one, and
 * none from another boundary) instead of printed. Any other console.error, and any report a story
 * did not expect, is printed as usual and fails the story.
 */
import { afterEach, beforeEach, expect } from 'vitest';

export interface ConsoleParameters {
  /** The boundaries (component names) whose caught-error reports this story expects. */
  caughtBy?: string[];
}

interface StoryContext {
  story?: { parameters: ConsoleParameters };
}

const RECREATE = /the error boundary you provided, (.+)\.$/;

/** The boundary named by React's report of an error it caught, if `args` is one. */
function boundaryOf(args: unknown[]): string | undefined {
  const strings = args.filter((arg): arg is string => typeof arg === 'string');
  if (!strings.some((text) => text.startsWith('The above error occurred in '))) return undefined;
  for (const text of strings) {
    const match = RECREATE.exec(text.trim());
    if (match) return match[1];
  }
  return undefined;
}

const original = console.error;
let reports: { boundary: string; args: unknown[] }[] = [];
let others: unknown[][] = [];

beforeEach(() => {
  reports = [];
  others = [];
  console.error = (...args: unknown[]) => {
    const boundary = boundaryOf(args);
    if (boundary) {
      reports.push({ boundary, args });
      return;
    }
    others.push(args);
    original.apply(console, args);
  };
});

afterEach((context) => {
  console.error = original;
  const { story } = context as typeof context & StoryContext;
  if (!story) return;
  const expected = story.parameters.caughtBy ?? [];
  const unexpected = reports.filter(({ boundary }) => !expected.includes(boundary));
  // Not expected, so not hidden: printed as React wrote it.
  for (const { args } of unexpected) original.apply(console, args);
  expect(
    unexpected.map(({ boundary }) => boundary),
    'caught-error reports from boundaries not in parameters.caughtBy',
  ).toEqual([]);
  expect(others.length, 'console.error calls').toBe(0);
  if (expected.length > 0) {
    expect(reports.length, `caught-error reports from ${expected.join(', ')}`).toBeGreaterThan(0);
  }
});
