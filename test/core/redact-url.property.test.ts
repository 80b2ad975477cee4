import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactUrl } from '../../src/core/redact-url';

/*
 * What status events say of a request's URL: where it went, never who asked or what for. The
 * examples are the shapes apps log; the properties hold for any text and any URL.
 */

describe('redactUrl', () => {
  it.each([
    ['https://api.example.com/api/v1/streams', 'https://api.example.com/api/v1/streams'],
    [
      'https://ann:secret@api.example.com/streams/pump-7?token=abc&page=2#top',
      'https://api.example.com/streams/pump-7?token=&page=',
    ],
    [
      '/api/v1/tenants/t/streams?filter=name%20eq%20x&filter=y',
      '/api/v1/tenants/t/streams?filter=',
    ],
    ['streams/pump-7?q=1', '/streams/pump-7?q='],
    ['http://localhost:5173/sim/503', 'http://localhost:5173/sim/503'],
  ])('%s → %s', (given, said) => {
    expect(redactUrl(given)).toBe(said);
  });

  it.each([
    ['javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['mailto:ann@example.com'],
    [''],
    ['x'.repeat(2001)],
    [42],
    [null],
    [{ toString: () => 'https://example.com' }],
  ])('%s: nothing to say', (given) => {
    expect(redactUrl(given)).toBeUndefined();
  });

  it('never throws, and never keeps credentials, a fragment or a query value', () => {
    const secret = fc.stringMatching(/^[A-Za-z0-9]{6,12}$/).map((s) => `S3cr${s}`);
    fc.assert(
      fc.property(
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
        secret,
        secret,
        (url, user, value) => {
          const parsed = new URL(url);
          parsed.username = user;
          parsed.password = value;
          parsed.searchParams.append('token', value);
          const said = redactUrl(parsed.href);
          expect(said).toBeDefined();
          expect(said).not.toContain(user);
          expect(said).not.toContain(value);
          expect(said).not.toContain('#');
          const back = new URL(said ?? '');
          expect(back.username + back.password).toBe('');
          expect(said?.startsWith(parsed.origin)).toBe(true);
          expect(said).toContain('token=');
        },
      ),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.anything(), fc.string(), (any, text) => {
        for (const given of [any, text]) {
          const said = redactUrl(given);
          if (said !== undefined) expect(said).toMatch(/^(https?:\/\/|\/)/);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
