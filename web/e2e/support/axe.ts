import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { settle } from './settle';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe on the current page once it has settled and fails with a readable list of violations.
 * Call it after every navigation and after every change of state worth checking.
 */
export async function expectNoA11yViolations(page: Page, what = page.url()): Promise<void> {
  await settle(page);
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const report = results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  }));
  expect(report, `axe violations on ${what}`).toEqual([]);
}

/** Navigates, then scans. */
export async function gotoAndScan(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expectNoA11yViolations(page, path);
}
