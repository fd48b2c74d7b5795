import { vi } from 'vitest';

// The contract, everywhere: every route built with apiRoute is wrapped so that ANY integration
// test that calls an /api/v1 handler — through callApi or directly — has its answer checked
// against the served OpenAPI document (status documented, JSON body matches its schema). A test
// cannot forget it, and the document cannot drift from the code. The operation is the one the
// handler IS (its route file, read from where apiRoute was called), not the URL a test passes.
// Routes outside app/api/v1 (the pages' export URLs) are not in the document and not checked.
const ROUTE_FILE = /app\/api\/v1\/(.*)\/route\.ts/;

vi.mock('@/lib/server/api', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/server/api')>();
  const apiRoute = ((config: never, handler: never) => {
    const route = real.apiRoute(config, handler);
    const file = new Error().stack?.split('\n').find((l) => ROUTE_FILE.test(l));
    if (!file) return route;
    const template = '/api/v1/' + ROUTE_FILE.exec(file)![1]!.replace(/\[([^\]]+)\]/g, '{$1}');
    const checked = async (...args: Parameters<typeof route>) => {
      const [req] = args;
      const res = await route(...args);
      const { expectMatchesContract } = await import('./api-contract');
      const type = res.headers.get('content-type');
      const body = type?.includes('json') ? await res.clone().json() : undefined;
      await expectMatchesContract(req.method, template, res.status, body, type);
      return res;
    };
    return Object.assign(checked, route); // keeps .permission for the route sweep
  }) as typeof real.apiRoute;
  return { ...real, apiRoute };
});
