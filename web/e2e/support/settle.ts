import { expect, type Page } from '@playwright/test';

/** Waits until the page has finished loading: network quiet and no loading indicator left. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.loading-state')).toHaveCount(0);
  await expect(page.locator('h1').first()).toBeVisible();
}
