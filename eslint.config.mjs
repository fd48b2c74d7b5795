import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// Import direction (STYLE.md §2): lib/domain is pure (no Next, no database); components never
// reach the database. Everyone imports zod through lib/validation/z (its z.string() is the safe
// string: no NUL, no lone surrogate).
const NO_RAW_ZOD = {
  group: ['zod', 'zod/*'],
  message: "import { z } from '@/lib/validation/z' — its z.string() refuses NUL and lone surrogates.",
};

export default [
  ...nextVitals,
  ...nextTs,
  { ignores: ['lib/db/generated/**', '.next*/**', '.data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
  {
    files: ['app/**', 'lib/**', 'components/**', 'scripts/**'],
    ignores: ['lib/validation/common.ts', 'lib/validation/zod-safe.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_RAW_ZOD] }] },
  },
  {
    files: ['lib/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['next', 'next/*', '@/lib/db/*', '@/lib/server/*', '@prisma/*', 'react'],
              message: 'lib/domain is pure: plain data in, decisions out.',
            },
            NO_RAW_ZOD,
          ],
        },
      ],
    },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/lib/db/*', '@/lib/server/*'], message: 'components never touch the database; pages pass data in.' },
            NO_RAW_ZOD,
          ],
        },
      ],
    },
  },
  // Playwright fixtures take a parameter named `use`; it is not a React hook
  { files: ['tests/e2e/**'], rules: { 'react-hooks/rules-of-hooks': 'off' } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'warn',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
];
