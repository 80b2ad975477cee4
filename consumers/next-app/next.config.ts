import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';

// This app sits inside the library's repository, beside its lock file: pin the root to here.
const root = fileURLToPath(new URL('.', import.meta.url));

const nextConfig: NextConfig = {
  turbopack: { root },
  outputFileTracingRoot: root,
};

export default nextConfig;
