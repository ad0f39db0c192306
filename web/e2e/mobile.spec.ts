import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { ACCOUNTS } from './support/accounts';
import { signIn, signOut } from './support/auth';
import { expectNoA11yViolations } from './support/axe';

// Every main screen at a 375 px phone width: nothing wider than the screen, menu works, axe passes.
test.use({ viewport: { width: 375, height: 812 } });

async function expectFitsPhone(page: Page, screen: string) {
  await expectNoA11yViolations(page, `${screen} (375px)`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${screen} scrolls sideways`).toBeLessThanOrEqual(0);
}

async function openNav(page: Page, link: string) {
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link }).click();
}

test('main screens are usable at phone width', async ({ page }) => {
  await page.goto('/login');
  await expectFitsPhone(page, 'login');

  await signIn(page, ACCOUNTS.companyAdmin);
  await expectFitsPhone(page, 'home');

  await openNav(page, 'Programs');
  await expectFitsPhone(page, 'programs');

  await page.locator('.program-card__title a').first().click();
  await expectFitsPhone(page, 'program detail');

  await openNav(page, 'My profile');
  await expectFitsPhone(page, 'profile');

  await openNav(page, 'Members');
  await expectFitsPhone(page, 'members');

  await page.goto('/no-such-page');
  await expectFitsPhone(page, 'not found');

  await signOut(page);
});
