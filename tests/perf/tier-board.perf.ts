import { expect, test, e2eDb, createTestUser } from '../e2e/fixtures';

// 2,000 open opportunities on the board: the page renders within a second and a drag stays
// smooth (INP ≤ 100 ms, read from the browser's Event Timing entries).
test('board with 2,000 open cards: render ≤ 1 s, drag INP ≤ 100 ms', async ({ page, login }) => {
  test.setTimeout(120_000);
  const me = await login(['SALES_REP']);
  const db = e2eDb();
  const acc = await db.query(
    `INSERT INTO "Account" (name, "nameNormalized", "updatedAt") VALUES ('성능 고객사', '성능고객사', now()) RETURNING id`,
  );
  await db.query(
    `WITH o AS (
       INSERT INTO "Opportunity" (name, "accountId", "ownerId", tier, amount, "nextStep", "nextStepDueDate", "tierEnteredAt", "updatedAt")
       SELECT '성능 사업기회 ' || g, $1, $2, 4 - (g % 4), 10000000::bigint * g, '후속 미팅', current_date + (g % 30) - 10, now() - (g % 90) * interval '1 day', now()
       FROM generate_series(1, 2000) g RETURNING id, tier)
     INSERT INTO "TierChange" ("opportunityId", "toTier", "toOutcome", "actorId") SELECT id, tier, 'OPEN', $2 FROM o`,
    [acc.rows[0].id, me.id],
  );
  // time from navigation start to the first card painted, read in the browser (rAF polling)
  const renderTime = async (url: string, selector: string) => {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction((sel) => document.querySelector(sel), selector, { polling: 'raf' });
    return page.evaluate(() => Math.round(performance.now()));
  };
  const empty = await createTestUser({ roles: ['SALES_REP'] }); // baseline: the same page, an owner with no cards
  await renderTime(`/tiers?owner=${me.id}`, '[data-testid=opportunity-card]'); // warm the route once
  const baseMs = await renderTime(`/tiers?owner=${empty.id}`, '[data-testid=column-4] p');
  const renderMs = await renderTime(`/tiers?owner=${me.id}`, '[data-testid=opportunity-card]');
  await expect(page.getByTestId('column-4-count')).toHaveText('500건');
  const nav = await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      ttfb: Math.round(n.responseStart),
      response: Math.round(n.responseEnd),
      dcl: Math.round(n.domContentLoadedEventEnd),
      bytes: n.transferSize,
    };
  });
  console.log(
    `board with 2,000 open cards: first card at ${renderMs} ms (ttfb ${nav.ttfb}, html ${nav.response}, DCL ${nav.dcl}, ${nav.bytes} B); empty board ${baseMs} ms; ratio ×${(renderMs / baseMs).toFixed(2)}`,
  );
  expect(renderMs).toBeLessThanOrEqual(1000);

  await page.evaluate(() => {
    (window as unknown as { __inp: number[] }).__inp = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEventTiming & { interactionId?: number })[])
        if (e.interactionId)
          ((window as unknown as { __inp: number[] }).__inp.push(e.duration),
            ((window as unknown as { __names: string[] }).__names ??= []).push(`${e.name}:${Math.round(e.duration)}`));
    }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
  });
  // drag the first Tier 2 card down to Tier 3 (a reason is asked: the drop itself must stay smooth)
  const src = page.getByTestId('column-2').getByTestId('opportunity-card').first();
  const a = (await src.boundingBox())!;
  const b = (await page.getByTestId('column-3').boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height - 14); // grab the card body, not its link
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height - 8, { steps: 3 });
  await page.mouse.move(b.x + b.width / 2, b.y + 150, { steps: 10 });
  await page.mouse.up();
  await expect(page.getByTestId('requirement-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  // click interactions too: open the move dialog with the keyboard and close it
  await page.getByTestId('opportunity-card').first().focus();
  await page.keyboard.press('m');
  await expect(page.getByTestId('move-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => (window as unknown as { __inp: number[] }).__inp.length > 0);
  const durations = await page.evaluate(() => (window as unknown as { __inp: number[] }).__inp);
  const inp = Math.max(...durations);
  console.log(
    `drag/keyboard interactions: ${durations.length}, INP (max) ${inp} ms`,
    await page.evaluate(() => (window as unknown as { __names: string[] }).__names.join(' ')),
  );
  expect(inp).toBeLessThanOrEqual(100);
});

// the 2,000 rows are this test's own: remove them so specs running later see a small pipeline
test.afterEach(async () => {
  await e2eDb().query(`DELETE FROM "Opportunity" WHERE name LIKE '성능 사업기회 %'`);
  await e2eDb().query(
    `DELETE FROM "Account" WHERE name = '성능 고객사' AND NOT EXISTS (SELECT 1 FROM "Opportunity" o WHERE o."accountId" = "Account".id)`,
  );
});
