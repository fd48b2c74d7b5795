/**
 * An object created on first use. `next build` imports route modules to collect their config
 * without a database; the client and pool must not demand DATABASE_URL until a query runs.
 */
export function lazy<T extends object>(make: () => T): T {
  let value: T | undefined;
  return new Proxy({} as T, {
    get(_target, prop) {
      value ??= make();
      const v = Reflect.get(value, prop, value) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(value) : v;
    },
    has(_target, prop) {
      value ??= make();
      return prop in value;
    },
  });
}
