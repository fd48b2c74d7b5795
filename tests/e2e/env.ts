// Where the e2e server listens and which database it uses; computed the same way by the
// Playwright config (for the web server) and by the fixtures (to create test data).
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_EMBEDDED_PORT = Number(process.env.E2E_PG_PORT ?? 54349);

export function e2eDatabaseUrl() {
  if (process.env.E2E_DATABASE_URL) return process.env.E2E_DATABASE_URL;
  if (process.env.DATABASE_URL) {
    const u = new URL(process.env.DATABASE_URL);
    u.pathname = `/${process.env.E2E_DB_NAME ?? 'tierline_e2e'}`;
    return u.toString();
  }
  return `postgresql://postgres:postgres@127.0.0.1:${E2E_EMBEDDED_PORT}/${process.env.E2E_DB_NAME ?? 'tierline_e2e'}`;
}
