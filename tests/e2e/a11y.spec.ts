import AxeBuilder from '@axe-core/playwright';
import { navItemsFor } from '@/lib/auth/nav';
import { ROLES } from '@/lib/auth/permissions';
import { expect, test } from './fixtures';

// Accessibility (issue 14): axe-core on every page of the nav, as each role that uses it, plus the
// work list every role lands on. Fails on any serious or critical violation. One browser context
// per role (the test's page), pages visited one after another; the shared header is checked on
// the first page, then only <main> (the header is the same on every page).

for (const role of ROLES) {
  test(`no serious or critical axe violations on every page a ${role} uses`, async ({ page, login }) => {
    test.setTimeout(900_000); // ~10 pages with a full axe run each; slow on a loaded machine
    await login([role]);
    const pages = ['/work', ...navItemsFor([role]).map((i) => i.href)];
    const found: string[] = [];
    for (const [i, href] of pages.entries()) {
      const res = await page.goto(href);
      expect(res?.status(), href).toBeLessThan(400);
      await expect(page.locator('main')).toBeVisible();
      await expect(page.getByTestId('page-skeleton')).toHaveCount(0); // the page itself, not its loading state
      // only violations are aggregated (axe skips collecting passes/incomplete: several times faster on the board)
      const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).options({ resultTypes: ['violations'] });
      const { violations } = await (i === 0 ? axe : axe.include('main')).analyze();
      for (const v of violations)
        if (v.impact === 'serious' || v.impact === 'critical')
          found.push(
            `${href} ${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(' | ')}`,
          );
    }
    expect(found, found.join('\n')).toEqual([]);
  });
}
