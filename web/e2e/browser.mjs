// The browser side of the end-to-end suite: Debian's Chromium driven by playwright-core,
// headless, with a fresh empty profile, and watchers that record any request to a host other
// than the server under test and any console error of the app.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// The browser's own line about a failed load: "Failed to load resource: the server responded
// with a status of 403 (Forbidden)"; the resource's address is the message's location.
const FAILED_LOAD = /^Failed to load resource: the server responded with a status of (\d{3})/;

export async function launch() {
  // playwright-core gives every launch a new empty --user-data-dir of its own.
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

export class Watch {
  constructor(baseUrl) {
    this.allowedHost = new URL(baseUrl).host;
    this.outside = [];
    this.consoleErrors = [];
    this.expected = [];
  }

  // A failed load a scenario provokes on purpose: that status from a path matching the pattern.
  // Any other failed load (a page calling a missing route, a refused write) is a console error.
  expectFailure(status, pathPattern) {
    this.expected.push({ status, pathPattern });
  }

  isExpected(message) {
    const failed = FAILED_LOAD.exec(message.text());
    if (!failed) return false;
    const path = new URL(message.location().url || 'about:blank').pathname;
    return this.expected.some((e) => e.status === Number(failed[1]) && e.pathPattern.test(path));
  }

  attach(context, label) {
    context.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      const host = new URL(url).host;
      if (host !== this.allowedHost) this.outside.push(`${label}: ${url}`);
    });
    context.on('page', (page) => this.attachPage(page, label));
    for (const page of context.pages()) this.attachPage(page, label);
  }

  attachPage(page, label) {
    page.on('console', (message) => {
      if (message.type() === 'error' && !this.isExpected(message)) {
        this.consoleErrors.push(`${label} ${page.url()}: ${message.text()} ${message.location().url ?? ''}`);
      }
    });
    page.on('pageerror', (error) => this.consoleErrors.push(`${label} ${page.url()}: ${error.message}`));
  }
}

export const PHONE = { viewport: { width: 375, height: 760 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const DESKTOP = { viewport: { width: 1366, height: 900 } };

export async function newContext(browser, watch, label, options = {}) {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...options });
  context.setDefaultTimeout(15000);
  watch.attach(context, label);
  return context;
}

// The whole page, unless `fullPage` is false: then what the viewport shows (a page too long to
// picture whole, like the API reference).
export async function screenshot(page, dir, name, { fullPage = true } = {}) {
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage });
}

export async function signIn(page, baseUrl, username, password) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.fill('#sign-in-username', username);
  await page.fill('#sign-in-password', password);
  await page.click('[data-test="sign-in-submit"]');
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

// `item` on the page of a paged list it appears on, as a person finds it: look, and turn to
// the next page of `pager` (an el-pagination) while there is one. Fails when no page has it.
export async function findOnPages(page, item, pager) {
  for (let turned = 0; ; ++turned) {
    try {
      await item.first().waitFor({ timeout: 3000 });
      return item.first();
    } catch {
      const next = page.locator(`${pager} button.btn-next`);
      if (!(await next.count()) || (await next.isDisabled())) {
        throw new Error(`not on any of ${turned + 1} pages: ${item}`);
      }
      await next.click();
    }
  }
}
