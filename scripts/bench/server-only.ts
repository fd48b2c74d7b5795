// Imported first by every benchmark that loads app modules: those import 'server-only' (a guard for
// the React server build that throws anywhere else), so resolve it to an empty module here.
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(
      `export async function resolve(s, c, n) { return s === 'server-only' ? { url: 'data:text/javascript,export{}', shortCircuit: true } : n(s, c); }`,
    ),
);
