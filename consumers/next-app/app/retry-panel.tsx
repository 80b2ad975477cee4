'use client';

// The README's "Use" recipe itself (copied from test/readme/snippets by run.mjs), behind the
// client boundary an App Router app gives it: it loads the stream in the browser through this
// app's /api proxy, counts down in German under the layout's provider, and retries.
export { StreamPanel as RetryPanel } from '../readme/use';
