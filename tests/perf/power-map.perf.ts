import { expect, test, e2eDb } from '../e2e/fixtures';
import { insertAccount, insertContact, insertOpportunity } from '../factories/rows';

// Issue #12: a power map of 60 people lays out (ELK) and renders (React Flow) in ≤ 300 ms in
// Chromium, and a drag stays smooth (INP ≤ 100 ms). The figure is the diagram's own mark
// (data-power-map-ms: from the people arriving in the component to the laid-out cards painted
// after fitView), read after a warm-up load; five loads, median and max reported.
test('power map of 60 people: layout + render ≤ 300 ms, drag INP ≤ 100 ms', async ({ page, login }) => {
  test.setTimeout(180_000);
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
    ids.push(c.id);
  }
  const load = async () => {
    await page.goto(`/opportunities/${opp.id}/power-map`);
    await page.waitForFunction(() => document.documentElement.getAttribute('data-power-map-ms'), null, { polling: 'raf' });
    const ms = Number(await page.evaluate(() => document.documentElement.getAttribute('data-power-map-ms')));
    await page.evaluate(() => document.documentElement.removeAttribute('data-power-map-ms'));
    return ms;
  };
  await load(); // warm the route and the chunks
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) runs.push(await load());
  await expect(page.getByTestId('power-map-node')).toHaveCount(60);
  await expect(page.getByTestId('power-map-row')).toHaveCount(60);
  const sorted = [...runs].sort((a, b) => a - b);
  const median = sorted[2]!;
  console.log(
    `power map of 60 people: layout + render ${runs.map((r) => r.toFixed(0)).join(', ')} ms; median ${median.toFixed(0)} ms, max ${sorted[4]!.toFixed(0)} ms`,
  );

  await page.evaluate(() => {
    (window as unknown as { __inp: number[] }).__inp = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEventTiming & { interactionId?: number })[])
        if (e.interactionId) (window as unknown as { __inp: number[] }).__inp.push(e.duration);
    }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
  });
  // drag a staff card around the canvas (dropped on empty space: it goes back, nothing saved)
  const card = page.getByTestId('power-map-node').last();
  const a = (await card.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height - 4);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 40, a.y + 60, { steps: 10 });
  await page.mouse.up();
  await page.getByRole('heading', { name: /파워맵/ }).click(); // a click interaction too
  const durations = await page.evaluate(() => (window as unknown as { __inp: number[] }).__inp);
  const inp = durations.length ? Math.max(...durations) : 0;
  console.log(`power map drag: ${durations.length} interactions over 16 ms, INP (max) ${inp} ms`);
  expect(median).toBeLessThanOrEqual(300);
  expect(inp).toBeLessThanOrEqual(100);
});
