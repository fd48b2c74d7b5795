import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, e2eDb } from '../e2e/fixtures';
import { insertAccount, insertContact, insertOpportunity, setContactPower } from '../factories/rows';

// Issue #12: a power map of 60 people lays out and renders in ≤ 300 ms in Chromium, and a drag
// stays smooth (INP ≤ 100 ms). Production build (next start). The figure held to 300 ms: from the
// navigation's start to the map drawn — the server's layout (d3-hierarchy, lib/server/power-map-layout.ts),
// its render and the HTML with the map drawn in it (a static SVG), until the cards are painted on
// screen: "drawn" is the latest first paint (Element Timing, renderTime, measured from the
// navigation's start) among the cards inside the visible part of the diagram, each card's text
// carrying the identifier power-map-card:<id> in both the static view and React Flow's node (so
// whichever painted it first counts); all 60 cards must be laid out on the page. A wide map is
// shown at the minimum zoom, so the cards off to the sides are laid out but not on screen.
// Also per load: '→ interactive', the 'power-map:painted' User Timing mark two animation frames
// after React Flow has taken over from the static view (hydrated, the same view, no fitView);
// data-power-map-layout-ms (the server's layout alone; 0 when memoised) and data-power-map-ms (the
// browser, from the diagram's first render to React Flow painted).
// Median of nine loads after a warm-up load; before each, one person's power changes so the server
// lays the map out afresh (in a warm process). Each timed navigation starts on a quiet server: once
// hydrated, every page prefetches the routes of its links (next/link: the main navigation's 13
// routes, 26 RSC requests, about half a second of server work on 2 cores), so a navigation right
// after the previous load shared the server with those renders — and the first one after the
// warm-up with the first (cold) render of each of those routes. The spec waits until the previous
// page has no request in flight (quietNetwork) — what a user sees who has been on a page for a moment.
// Baseline (same run, same route): navigation to the first contentful paint of the page for a deal
// with nobody on its map — what the route costs without the map.
// No jump: the static view alone (the client's JavaScript chunks refused) shows each card where
// React Flow later draws it.

type TraceEvent = { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { name?: string } };

/** Thread CPU (µs → ms) of the renderer main thread's top-level tasks between two User Timing marks (pro rata for a task straddling one). */
function mainThreadCpuBetween(trace: { traceEvents: TraceEvent[] }, from: string, to: string) {
  const ev = trace.traceEvents;
  const mark = (n: string) => ev.find((e) => e.name === n && e.ph !== 'M');
  const a = mark(from);
  const b = mark(to);
  if (!a || !b) throw new Error(`trace without the marks ${from} / ${to}`);
  const main = ev.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === a.pid)!;
  const tasks = ev
    .filter((e) => e.ph === 'X' && e.pid === main.pid && e.tid === main.tid && e.ts + (e.dur ?? 0) >= a.ts && e.ts <= b.ts)
    .sort((x, y) => x.ts - y.ts);
  let cpu = 0;
  let end = -1;
  for (const e of tasks) {
    if (e.ts < end) continue; // nested in the previous top-level event
    const dur = e.dur ?? 0;
    end = e.ts + dur;
    // a task straddling a mark (the hydration task holds 'power-map:data') counts for its share inside
    const inside = dur ? (Math.min(end, b.ts) - Math.max(e.ts, a.ts)) / dur : 1;
    cpu += (e.tdur ?? dur) * Math.max(0, Math.min(1, inside));
  }
  return cpu / 1000;
}

test('power map of 60 people: layout + render ≤ 300 ms, drag INP ≤ 100 ms', async ({ page, login, browser }) => {
  test.setTimeout(240_000);
  const me = await login(['SALES_REP']);
  const db = e2eDb();
  const acc = await insertAccount(db, { name: '성능 파워맵 고객사' });
  const opp = await insertOpportunity(db, { name: '성능 파워맵 사업기회', accountId: acc.id, ownerId: me.id, tier: 2 });
  const stances = ['SUPPORTER', 'NEUTRAL', 'OPPONENT'] as const;
  const roles = ['DECISION_MAKER', 'INFLUENCER', 'CHAMPION', 'GATEKEEPER', 'USER'];
  const ids: string[] = [];
  // a committee tree: one head, 5 directors, 54 staff under them (each director 10–11)
  for (let i = 0; i < 60; i++) {
    const reportsToId = i === 0 ? null : i <= 5 ? ids[0]! : ids[1 + ((i - 6) % 5)]!;
    const c = await insertContact(db, {
      accountId: acc.id,
      name: `구성원 ${String(i + 1).padStart(2, '0')}`,
      title: i === 0 ? '사장' : i <= 5 ? '본부장' : '팀원',
      stance: stances[i % 3],
      power: i === 0 ? 5 : i <= 5 ? 4 : 1 + (i % 3),
      powerRole: roles[i % 5],
      reportsToId,
      opportunityIds: [opp.id],
    });
    ids.push(c.id as string);
  }
  // the page's requests in flight (the previous page's prefetches included), to start each timed
  // navigation once they have been answered
  const inFlight = new Set<object>();
  page.on('request', (r) => inFlight.add(r));
  page.on('requestfinished', (r) => inFlight.delete(r));
  page.on('requestfailed', (r) => inFlight.delete(r));
  const quietNetwork = async (quietMs = 300, maxMs = 15_000) => {
    const start = Date.now();
    let quietSince = Date.now();
    while (Date.now() - start < maxMs) {
      if (inFlight.size) quietSince = Date.now();
      else if (Date.now() - quietSince >= quietMs) return;
      await page.waitForTimeout(25);
    }
  };
  const load = async () => {
    await quietNetwork();
    await page.goto(`/opportunities/${opp.id}/power-map`);
    await page.waitForFunction(() => document.documentElement.getAttribute('data-power-map-ms'), null, { polling: 'raf' });
    return page.evaluate(async () => {
      const attr = (n: string) => Number(document.documentElement.getAttribute(n));
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const mark = (n: string) => performance.getEntriesByName(n, 'mark')[0]?.startTime ?? NaN;
      // each card's first paint (Element Timing entries are only given to observers: buffered)
      type ElementTiming = PerformanceEntry & { identifier: string; renderTime: number };
      const entries: ElementTiming[] = [];
      const po = new PerformanceObserver((l) => entries.push(...(l.getEntries() as ElementTiming[])));
      po.observe({ type: 'element', buffered: true });
      await new Promise((r) => setTimeout(r, 100));
      entries.push(...(po.takeRecords() as ElementTiming[]));
      po.disconnect();
      const first = new Map<string, number>();
      for (const e of entries)
        if (e.identifier.startsWith('power-map-card:'))
          first.set(e.identifier, Math.min(first.get(e.identifier) ?? Infinity, e.renderTime || e.startTime));
      // the cards on screen: whose name (the timed text) shows inside the diagram's pane and the
      // window (React Flow's cards, now where the static view's were; a card cut by the pane's edge
      // counts when its name is inside)
      const pane = document.querySelector('[data-testid="power-map-diagram"]')!.getBoundingClientRect();
      const [left, top] = [Math.max(pane.left, 0), Math.max(pane.top, 0)];
      const [right, bottom] = [Math.min(pane.right, innerWidth), Math.min(pane.bottom, innerHeight)];
      const cards = [...document.querySelectorAll<HTMLElement>('[data-testid="power-map-node"]')];
      const onScreen = cards
        .map((c) => c.querySelector('[elementtiming]')!)
        .filter((n) => {
          const r = n.getBoundingClientRect();
          return r.right > left && r.left < right && r.bottom > top && r.top < bottom;
        })
        .map((n) => n.getAttribute('elementtiming')!);
      const missing = onScreen.filter((id) => !first.has(id));
      const hydrated = mark('power-map:data');
      return {
        server: attr('data-power-map-layout-ms'),
        serverCpu: attr('data-power-map-layout-cpu-ms'),
        client: attr('data-power-map-ms'),
        ttfb: nav.responseStart,
        html: nav.responseEnd,
        hydrated,
        cards: cards.length,
        onScreen: onScreen.length,
        missing: missing.length,
        // painted before hydration: by the server's static view
        beforeHydration: onScreen.filter((id) => first.get(id)! < hydrated).length,
        total: missing.length || !onScreen.length ? NaN : Math.max(...onScreen.map((id) => first.get(id)!)), // navigation start → map drawn
        interactive: mark('power-map:painted'), // navigation start → React Flow drawn in its place
      };
    });
  };
  await load(); // warm the route, the chunks and the server's layout (and the routes the page prefetches)
  const runs: Awaited<ReturnType<typeof load>>[] = [];
  for (let i = 0; i < 9; i++) {
    // a map the server has not laid out yet: the last two staff get powers no earlier load had
    await setContactPower(db, ids[59]!, (i % 5) + 1);
    await setContactPower(db, ids[58]!, i < 5 ? 5 : 4);
    runs.push(await load());
  }
  await expect(page.getByTestId('power-map-node')).toHaveCount(60);
  await expect(page.getByTestId('power-map-row')).toHaveCount(60);
  for (const r of runs) {
    expect(r.cards, 'all 60 cards laid out').toBe(60);
    expect(r.onScreen, 'cards on screen').toBeGreaterThan(0);
    expect(r.missing, 'a first paint for every card on screen').toBe(0);
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const f = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
  const median = med(runs.map((r) => r.total));
  console.log(
    `power map of 60 people: server layout ${f(runs.map((r) => r.server))} ms (median ${med(runs.map((r) => r.server)).toFixed(0)})`,
  );
  console.log(
    `power map of 60 people: browser render ${f(runs.map((r) => r.client))} ms (median ${med(runs.map((r) => r.client)).toFixed(0)})`,
  );
  console.log(
    `power map of 60 people: navigation → response start ${f(runs.map((r) => r.ttfb))} ms, → HTML received ${f(runs.map((r) => r.html))} ms, → diagram hydrated ${f(runs.map((r) => r.hydrated))} ms`,
  );
  console.log(
    `power map of 60 people: navigation → map drawn ${f(runs.map((r) => r.total))} ms; median ${median.toFixed(0)} ms [target ≤ 300] (${runs[0]!.onScreen} cards on screen; painted before hydration, by the static view: ${runs.map((r) => r.beforeHydration).join(', ')})`,
  );
  console.log(
    `power map of 60 people: navigation → React Flow interactive in its place ${f(runs.map((r) => r.interactive))} ms (median ${med(runs.map((r) => r.interactive)).toFixed(0)})`,
  );

  // The same two spans in CPU time, which a busy machine does not inflate: the server's process CPU
  // over its layout, and the browser's main-thread CPU between the diagram's User Timing marks
  // ('power-map:data' at its first render, 'power-map:painted' after paint) from a trace of one more load.
  await setContactPower(db, ids[59]!, 1);
  await setContactPower(db, ids[58]!, 1);
  const trace = path.join(test.info().outputDir, 'power-map-trace.json');
  await browser.startTracing(page, {
    path: trace,
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
  });
  const traced = await load();
  await browser.stopTracing();
  const cpu = mainThreadCpuBetween(JSON.parse(readFileSync(trace, 'utf8')), 'power-map:data', 'power-map:painted');
  const serverCpu = med([...runs.map((r) => r.serverCpu), traced.serverCpu]);
  console.log(
    `power map of 60 people, CPU: server layout median ${serverCpu.toFixed(0)} ms; browser main thread ${cpu.toFixed(0)} ms over a ${traced.client.toFixed(0)} ms render; sum ${(serverCpu + cpu).toFixed(0)} ms`,
  );

  // no jump: the static view alone (the client's scripts held back for a few seconds, so nothing
  // hydrates yet) draws every card where React Flow draws it once it takes over, on the same page
  const boxes = (p: typeof page, testId: string) =>
    p.getByTestId(testId).evaluateAll((els) =>
      Object.fromEntries(
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return [e.getAttribute('data-name')!, [r.x, r.y, r.width, r.height]];
        }),
      ),
    );
  const slow = await browser.newContext({
    storageState: await page.context().storageState(),
    viewport: page.viewportSize(),
    locale: 'ko-KR',
    timezoneId: 'Asia/Seoul',
  });
  const bare = await slow.newPage();
  await bare.route(/\/_next\/static\/.*\.js(\?|$)/, async (r) => {
    await new Promise((done) => setTimeout(done, 4000));
    await r.continue();
  }); // the scripts, not the stylesheets
  await bare.goto(page.url(), { waitUntil: 'commit' });
  await expect(bare.getByTestId('power-map-static-node').first()).toBeVisible({ timeout: 3500 });
  // read the static view as painted: a box read earlier can come from a layout forced before the
  // page's stylesheets arrived (an unstyled header above the map), which no user ever sees
  await bare.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 3500 });
  await expect(bare.getByTestId('power-map-node')).toHaveCount(0);
  const still = await boxes(bare, 'power-map-static-node');
  expect(Object.keys(still)).toHaveLength(60);
  await expect(bare.getByTestId('power-map-node')).toHaveCount(60, { timeout: 30_000 });
  await expect(bare.getByTestId('power-map-static-node')).toHaveCount(0);
  const live = await boxes(bare, 'power-map-node');
  await slow.close();
  const jump = Math.max(...Object.entries(live).map(([name, b]) => Math.max(...b.map((v, i) => Math.abs(v - still[name]![i]!)))));
  console.log(
    `power map of 60 people: static view before hydration → 60 cards; largest move when React Flow takes over ${jump.toFixed(2)} px`,
  );

  // drag INP: Event Timing entries of a real drag (pointer down, moves, up on empty space → the card
  // goes back to its place, nothing saved) and a click
  await page.evaluate(() => {
    (window as unknown as { __inp: number[] }).__inp = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEventTiming & { interactionId?: number })[])
        if (e.interactionId) (window as unknown as { __inp: number[] }).__inp.push(e.duration);
    }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
  });
  // a staff card inside the diagram's visible area (a wide map is fitted at the minimum zoom)
  const pane = (await page.getByTestId('power-map-diagram').boundingBox())!;
  let a: { x: number; y: number; width: number; height: number } | null = null;
  for (const card of await page.getByTestId('power-map-node').all()) {
    const b = await card.boundingBox();
    if (
      b &&
      b.x > pane.x + 20 &&
      b.x + b.width < pane.x + pane.width - 60 &&
      b.y > pane.y + pane.height / 2 &&
      b.y + b.height < pane.y + pane.height - 60
    ) {
      a = b;
      break;
    }
  }
  expect(a, 'a card inside the visible diagram').not.toBeNull();
  await page.mouse.move(a!.x + 12, a!.y + a!.height - 8);
  await page.mouse.down();
  await page.mouse.move(a!.x + 40, a!.y + a!.height + 20, { steps: 10 });
  await page.mouse.move(a!.x + 60, a!.y + a!.height + 40, { steps: 10 });
  await page.mouse.up();
  await page.getByRole('heading', { name: /파워맵/ }).click(); // a click interaction too
  await page.waitForTimeout(500); // let the last entries arrive
  const durations = await page.evaluate(() => (window as unknown as { __inp: number[] }).__inp);
  const inp = durations.length ? Math.max(...durations) : 0;
  console.log(`power map drag: ${durations.length} interaction entries over 16 ms, INP (max) ${inp} ms [target ≤ 100]`);

  // baseline: the same route for a deal with nobody on its map, navigation → first contentful paint
  const empty = await insertOpportunity(db, { name: '성능 파워맵 빈 사업기회', accountId: acc.id, ownerId: me.id, tier: 2 });
  const before: number[] = [];
  for (let i = 0; i < 6; i++) {
    await quietNetwork();
    await page.goto(`/opportunities/${empty.id}/power-map`);
    await expect(page.getByTestId('power-map')).toBeVisible();
    const fcp = await page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          new PerformanceObserver((l) => resolve(l.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN)).observe({
            type: 'paint',
            buffered: true,
          }),
        ),
    );
    if (i > 0) before.push(fcp); // the first load warms the route
  }
  const baseline = med(before);
  console.log(
    `baseline: the same page without a map, navigation → first contentful paint ${f(before)} ms (median ${baseline.toFixed(0)}); the map's page ${(median / baseline).toFixed(2)}× of it`,
  );

  expect(jump).toBeLessThanOrEqual(1);
  expect(median).toBeLessThanOrEqual(300);
  expect(inp).toBeLessThanOrEqual(100);
});
