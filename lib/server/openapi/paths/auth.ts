import { issueTokenResponseSchema, issueTokenSchema } from '@/lib/validation/tokens';
import { z } from '@/lib/validation/z';
import { exportParams } from '@/lib/server/export/params';
import { exportOperation } from '../export-operation';
import type { ApiOperation } from '../types';

export const authOperations: ApiOperation[] = [
  exportOperation({
    path: '/api/v1/tokens/export',
    summary: "The caller's own API tokens as a file (names and dates, never the secret)",
    tags: ['auth'],
    query: z.object(exportParams),
  }),
  {
    method: 'post',
    path: '/api/v1/tokens',
    summary: 'Issue a personal API token (rate limited; revocable in Settings)',
    tags: ['auth'],
    auth: false,
    body: issueTokenSchema,
    responses: {
      201: { description: 'The token; shown once', schema: issueTokenResponseSchema },
      401: { description: 'Wrong email or password' },
      403: { description: 'User disabled' },
    },
  },
];
