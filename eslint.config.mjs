import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// Import direction (STYLE.md §2): lib/domain is pure (no Next, no database); components never
// reach the database.
export default [
  ...nextVitals,
  ...nextTs,
  { ignores: ['lib/db/generated/**', '.next*/**', '.data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
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
        { patterns: [{ group: ['@/lib/db/*', '@/lib/server/*'], message: 'components never touch the database; pages pass data in.' }] },
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
