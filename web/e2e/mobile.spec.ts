import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { ACCOUNTS } from './support/accounts';
import { ENGLISH, setAccountLocale, signIn, signOut, SPANISH } from './support/auth';
import { expectNoA11yViolations } from './support/axe';

// Every main screen at a 375 px phone width, in both languages (Spanish words are longer):
// nothing wider than the screen, the menu works, axe passes.
test.use({ viewport: { width: 375, height: 812 } });

async function expectFitsPhone(page: Page, screen: string) {
  await expectNoA11yViolations(page, `${screen} (375px)`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${screen} scrolls sideways`).toBeLessThanOrEqual(0);
}

test.afterAll(async ({ request }) => {
  await setAccountLocale(request, ACCOUNTS.companyAdmin, 'en');
});

for (const locale of ['en', 'es'] as const) {
  test(`main screens are usable at phone width (${locale})`, async ({ page }) => {
    await page.addInitScript((l) => window.localStorage.setItem('tandem.locale', l), locale);
    const labels = locale === 'es' ? SPANISH : ENGLISH;

    await page.goto('/login');
    await expectFitsPhone(page, 'login');
    await page.goto('/forgot-password');
    await expectFitsPhone(page, 'forgot password');

    await signIn(page, ACCOUNTS.companyAdmin, labels);
    await expectFitsPhone(page, 'home');

    // The menu button reveals the navigation.
    const nav = page.locator('#site-nav');
    await expect(nav).toBeHidden();
    await page.locator('.menu-toggle').click();
    await expect(nav).toBeVisible();
    await expectFitsPhone(page, 'home with menu open');
    const programsHref = await nav.locator('a[href$="/programs"]').first().getAttribute('href');
    await nav.locator('a[href$="/programs"]').first().click();
    await expectFitsPhone(page, 'programs');

    await page.locator('.program-card__title a').first().click();
    await expectFitsPhone(page, 'program detail');

    await page.goto(`${programsHref}/new`);
    await expectFitsPhone(page, 'new program');

    await page.goto('/profile');
    await expectFitsPhone(page, 'profile');

    await page.goto(programsHref!.replace(/\/programs$/, '/members'));
    await expectFitsPhone(page, 'members');

    await page.goto('/requests');
    await expectFitsPhone(page, 'requests');

    await page.goto('/relationships');
    await expectFitsPhone(page, 'my matches');

    await page.goto('/no-such-page');
    await expectFitsPhone(page, 'not found');

    await signOut(page, locale === 'es' ? 'Cerrar sesión' : 'Sign out');
  });
}
