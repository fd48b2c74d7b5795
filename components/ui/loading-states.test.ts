import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 14: every route under app/(app) shows a loading state (a skeleton, page-skeleton.tsx) while
// its server component loads — on a slow network a route without one shows nothing. Checked on
// the files so that the rule holds for pages added later.

const root = path.resolve(__dirname, '../..');
const appRoot = path.join(root, 'app', '(app)');

/** Pages with no loading state of their own, and why none is needed. */
const NO_LOADING: Record<string, string> = {
  'app/(app)/page.tsx': 'redirects each role to its landing page; it renders nothing',
  'app/(app)/opportunities/[id]/power-map/page.tsx':
    'the map is drawn in the first HTML (issue 12: ≤ 300 ms to the map drawn); inside a loading boundary the browser showed it only after hydration, about 250 ms later. The opportunity page keeps its skeleton in the (detail) route group',
};

function* pageDirs(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) yield* pageDirs(p);
    else if (name === 'page.tsx') yield dir;
  }
}

const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');
const isDynamic = (dir: string) => /^\[.+\]$/.test(path.basename(dir));

/** The directory holding the loading.tsx that covers `dir`: itself or an ancestor below app/(app). */
function coveringLoading(dir: string): string | null {
  for (let d = dir; d.startsWith(appRoot) && d !== appRoot; d = path.dirname(d)) {
    if (existsSync(path.join(d, 'loading.tsx'))) return d;
  }
  return null;
}

const pages = [...pageDirs(appRoot)].sort();

describe('loading states (issue 14)', () => {
  it('finds the pages', () => {
    expect(pages.length).toBeGreaterThan(25);
  });

  it.each(pages.map((d) => [rel(path.join(d, 'page.tsx')), d]))('%s has its own loading.tsx', (file, dir) => {
    if (NO_LOADING[file]) return;
    // one skeleton per route, in the shape of that page: an ancestor's would show another page's shape
    expect(coveringLoading(dir), `${file}: add a loading.tsx (components/ui/page-skeleton.tsx) beside it`).toBe(dir);
  });

  it('the exceptions are still pages without a loading state', () => {
    for (const file of Object.keys(NO_LOADING)) {
      expect(existsSync(path.join(root, file)), file).toBe(true);
      expect(existsSync(path.join(root, path.dirname(file), 'loading.tsx')), file).toBe(false);
    }
  });

  // A loading boundary wraps its segment's children too: one above a record id would stream that
  // record's layout, so its 404 would be a 200. Lists and hubs above a record put their page and
  // loading state in a route group ((list), (hub)) instead.
  const dynamicDirs = [
    ...new Set(
      pages.flatMap((d) => {
        const out: string[] = [];
        for (let x = d; x.startsWith(appRoot) && x !== appRoot; x = path.dirname(x)) if (isDynamic(x)) out.push(x);
        return out;
      }),
    ),
  ];
  it.each(dynamicDirs.map((d) => [rel(d), d]))('%s: no loading.tsx above the record id', (_name, dir) => {
    for (let d = path.dirname(dir); d.startsWith(appRoot) && d !== appRoot; d = path.dirname(d))
      expect(existsSync(path.join(d, 'loading.tsx')), `${rel(d)}/loading.tsx streams ${rel(dir)}`).toBe(false);
  });

  // A loading boundary streams the page: a notFound() inside it would be a 200. A record page's
  // dynamic segment therefore answers its 404 (and 403) in a layout.tsx, outside the boundary.
  it.each(pages.filter((d) => existsSync(path.join(d, 'loading.tsx'))).map((d) => [rel(d), d]))(
    '%s: a loading state under a record id has a layout.tsx that answers 404 first',
    (_name, dir) => {
      let d = dir;
      while (d.startsWith(appRoot) && d !== appRoot && !isDynamic(d)) d = path.dirname(d);
      if (!isDynamic(d)) return; // no record id in the path
      expect(existsSync(path.join(d, 'layout.tsx')), `${rel(d)}/layout.tsx`).toBe(true);
    },
  );
});
