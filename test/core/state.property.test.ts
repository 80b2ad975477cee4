import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusFacts } from '../../src/core/facts';
import { statusState } from '../../src/core/state';
import { anything, child, forgedConnectError, statusInput } from '../components/fuzz-arbitraries';

/*
 * A badge reads an input with statusState (counts only, no server text kept); an alert and
 * describeStatus with statusFacts (every detail, cleaned). They must never disagree on the state
 * or on how many items failed, whatever the body: the badge's "2 of 3 failed" is the alert's.
 */

/** A failed item as services list them: CONNECT's casing, our casing, or anything. */
const item = fc.oneof(
  child,
  fc.record(
    {
      StatusCode: fc.oneof(fc.integer({ min: 100, max: 599 }), anything),
      Reason: fc.oneof(fc.string({ maxLength: 10 }), fc.constant('\u0000\u202E'), anything),
      Error: fc.oneof(fc.string({ maxLength: 10 }), anything),
      StreamId: fc.oneof(fc.string({ maxLength: 6 }), anything),
    },
    { requiredKeys: [] },
  ),
  anything,
);

/** ChildErrors as a list (with gaps sometimes), keyed by place, keyed by id, or junk. */
const children = fc.oneof(
  fc.array(fc.oneof(item, fc.constant(null)), { maxLength: 6 }),
  fc.dictionary(fc.constantFrom('0', '1', '2', '7', '007', 'a-1', '1001'), item, { maxKeys: 4 }),
  anything,
);

/** A CONNECT body: ChildErrors, an Errors envelope or list, Data/Results beside them. */
const body = fc.record(
  {
    OperationId: fc.oneof(fc.string({ maxLength: 8 }), anything),
    Reason: fc.oneof(fc.string({ maxLength: 8 }), fc.constant(' \u0007 '), anything),
    ChildErrors: children,
    Errors: fc.oneof(
      fc.record(
        {
          Reason: fc.oneof(fc.string({ maxLength: 8 }), fc.constant('\u202E'), anything),
          Error: fc.oneof(fc.string({ maxLength: 8 }), anything),
          ChildErrors: children,
        },
        { requiredKeys: [] },
      ),
      fc.array(item, { maxLength: 4 }),
      anything,
    ),
    Data: fc.oneof(fc.array(fc.anything(), { maxLength: 4 }), anything),
    Results: fc.oneof(fc.array(fc.anything(), { maxLength: 4 }), anything),
  },
  { requiredKeys: [] },
);

/** The body as objects, as JSON text (whole, or cut past the size cap), with content types. */
const response = fc.record({
  status: fc.oneof(fc.constantFrom(200, 207, 400, 409, 500, 503), fc.integer(), anything),
  headers: fc.oneof(
    fc.constant(undefined),
    fc.record({ 'Content-Type': fc.constantFrom('application/json', 'text/plain', 'x') }),
    fc.constant(new Headers({ 'content-type': 'application/problem+json; charset=utf-8' })),
  ),
  body: fc.oneof(
    body,
    body.map((value) => JSON.stringify(value)),
    body.map((value) => `  ${JSON.stringify(value)}${' '.repeat(70_000)}`),
    body.map((value) => JSON.stringify({ ...value, Pad: 'x'.repeat(70_000) }).slice(0, 70_100)),
    anything,
  ),
});

const input = fc.oneof(
  response,
  response.map((value) => ({ response: { ...value, data: value.body } })),
  forgedConnectError,
  statusInput,
);

const counts = (partial: unknown) => {
  if (typeof partial !== 'object' || partial === null) return undefined;
  const { failed, succeeded, truncated } = partial as Record<string, unknown>;
  return { failed, succeeded, truncated: truncated === true };
};

describe('a badge and an alert read the same state', () => {
  it('statusState agrees with statusFacts on state, code and counts (property)', () => {
    let partials = 0;
    let cut = 0;
    fc.assert(
      fc.property(input, (value) => {
        const state = statusState(value);
        const facts = statusFacts(value);
        if (facts.partial) partials++;
        if (facts.partial?.truncated) cut++;
        expect([state.key, state.code, state.severity]).toEqual([
          facts.key,
          facts.code,
          facts.severity,
        ]);
        expect(counts(state.partial)).toEqual(counts(facts.partial));
      }),
      { numRuns: 1_500 },
    );
    // The property means something only if many runs had failed items, some of them cut.
    expect(partials).toBeGreaterThan(150);
    expect(cut).toBeGreaterThan(5);
  });

  it('counts a bulk 207 the same way, by place and by id', () => {
    const bulk = {
      status: 207,
      body: {
        Data: [{ Id: 'a' }],
        ChildErrors: { '1': { StatusCode: 409, Reason: 'Exists' }, '2': { StatusCode: 400 } },
      },
    };
    expect(statusState(bulk).partial).toEqual({ failed: 2, succeeded: 1, truncated: false });
    expect(statusFacts(bulk).partial).toMatchObject({ failed: 2, succeeded: 1 });
  });
});
