'use client';

// The README's error.tsx itself (copied from test/readme/snippets by run.mjs): StatusPage for
// what a failed render of ./[id] or ./thrown/[id] hands over, and Try again through `retry`.
export { default } from '../../readme/next-error';
