import type { BenchContext } from './types';

// Filled in by the issue that owns this benchmark.
export async function bench(ctx: BenchContext) {
  ctx.log('not written yet');
}
