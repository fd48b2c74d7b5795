import { issueTokenResponseSchema, issueTokenSchema } from '@/lib/validation/tokens';
import type { ApiOperation } from '../types';

export const authOperations: ApiOperation[] = [
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
