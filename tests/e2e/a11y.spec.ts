import AxeBuilder from '@axe-core/playwright';
import { navItemsFor } from '@/lib/auth/nav';
import { ROLES, type Role } from '@/lib/auth/permissions';
import { expect, test } from './fixtures';

// Accessibility (issue 14): axe-core on every page of the nav plus the work list every role lands
// on. Fails on any serious or critical violation. One browser context per role (the test's page),
// pages visited one after another; the shared header is checked on the first page, then only
// <main> (the header is the same on every page).
//
// Which role checks which page: a page whose markup does not depend on the role (the same table,
// chart or form for everyone who may open it) is checked once, as the first role in ROLES that uses
// it (ADMIN, who uses them all). The pages whose controls change with the role are checked as every
// role that uses them: the work list (each role's own lists), the tier board (drag handles and card
// menus for the deal's owner and managers, read-only cards for others), the VRB queue (chair,
// member and reader views), and settings (admin tabs vs a profile page: ADMIN and the first
// non-admin). Checking every page as all seven roles took 42 % of the e2e time (issue 9's budget).
const PER_ROLE = new Set(['/work', '/tiers', '/vrb']);
const pagesFor = (role: Role) => {
  const own = ['/work', ...navItemsFor([role]).map((i) => i.href)];
  const first = (href: string) => ROLES.find((r) => navItemsFor([r]).some((i) => i.href === href));
  return own.filter(
    (href) => PER_ROLE.has(href) || first(href) === role || (href === '/settings' && role === ROLES.find((r) => r !== 'ADMIN')),
  );
};

for (const role of ROLES) {
  test(`no serious or critical axe violations on every page a ${role} uses`, async ({ page, login }) => {
    test.setTimeout(900_000); // up to 11 pages with a full axe run each; slow on a loaded machine
    await login([role]);
    const pages = pagesFor(role);
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
