// End-to-end scenario of the party and social organizations in the org page's unit panel.
// Runs after the other scenarios of run.mjs, on the same demo database.
import { newContext, screenshot, signIn, PHONE, DESKTOP } from './browser.mjs';

export function addBodiesScenarios(scenario, { BASE, SHOTS, PASSWORD, assert, settle }) {
  scenario('an admin adds a party branch under a community and sees it in the tree', async ({ browser, watch }) => {
    for (const [device, width] of [[DESKTOP, 1366], [PHONE, 375]]) {
      const context = await newContext(browser, watch, `admin org ${width}`, { ...device, viewport: { width, height: 900 } });
      const page = await context.newPage();
      await signIn(page, BASE, 'admin', PASSWORD);
      await page.goto(`${BASE}/admin/org`);
      await page.locator('[data-test="org-tree"] .el-tree-node').first().waitFor();
      await page.fill('#org-filter', '411002001001');
      const community = page.locator('[data-test="org-tree"] .el-tree-node__content:visible').filter({ hasText: '(社区)' }).first();
      await community.waitFor();
      await community.click();
      await page.locator('[data-test="party-tree"]').waitFor();
      const name = `第${width}党支部`;
      await page.click('[data-test="party-add"]');
      await page.fill('[data-test="party-name"]', name);
      await page.fill('[data-test="party-secretary"]', '赵敏');
      await page.click('[data-test="party-parent"]');
      await page.locator('.el-select-dropdown__item:visible', { hasText: '总支部委员会' }).first().click();
      await page.click('[data-test="party-save"]');
      await page.locator('[data-test="party-tree"] .el-tree-node__children', { hasText: name }).waitFor();
      await settle(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert(overflow <= 1, `the org page is ${overflow}px wider than ${width}px`);
      await screenshot(page, SHOTS, `bodies-party-tree-${width}`);
      await context.close();
    }
  });
}
