import { expect, test } from './support/test';
import { ACCOUNTS } from './support/accounts';
import { signIn, signOut } from './support/auth';
import { expectNoA11yViolations } from './support/axe';

// The program page's participants at phone width (issue 9, point 12): a page of rows with
// "Show more", a server-side search and filters kept in the URL (a reload keeps them), a
// participant's profile opened from their row, and rows selected for a bulk action. The bulk action re-records screening a mentor already has, so the
// seeded program stays as it was.

const PROGRAM = 'Career Pathways Mentoring';

test.use({ viewport: { width: 375, height: 812 } });

test('a coordinator searches, filters and acts on participants at phone width', async ({ page }) => {
  await signIn(page, ACCOUNTS.schoolCoordinator);
  await page.locator('.menu-toggle').click();
  await page.locator('#site-nav a[href$="/programs"]').first().click();
  await page.getByRole('link', { name: PROGRAM }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: PROGRAM })).toBeVisible();
  const section = page.getByRole('region', { name: 'Participants' });
  const table = section.getByRole('table');
  const rows = table.locator('tbody tr');

  await test.step('one page of rows, then "Show more"', async () => {
    await expect(rows).toHaveCount(25);
    await section.getByRole('button', { name: 'Show more' }).click();
    await expect(rows).toHaveCount(50);
  });

  await test.step('filters and the search go to the server and stay in the URL', async () => {
    await section.getByLabel('Role').selectOption('mentor');
    await section.getByLabel('Status').selectOption('active');
    await expect(page).toHaveURL(/[?&]role=mentor/);
    const cleared = rows.filter({ has: page.getByRole('switch', { name: /^Screening cleared for /, checked: true }) }).first();
    const name = (await cleared.locator('.cell-title').textContent())!.trim();
    await section.getByRole('searchbox', { name: 'Search' }).fill(name);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(name);
    await expect(rows).toHaveCount(1);
    await page.reload();
    await expect(section.getByRole('searchbox', { name: 'Search' })).toHaveValue(name);
    await expect(section.getByLabel('Role')).toHaveValue('mentor');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(name);
    await expectNoA11yViolations(page, 'participants filtered (375px)');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'the participants section scrolls sideways').toBeLessThanOrEqual(0);

    await test.step("the participant's profile opens from the row", async () => {
      await rows.first().getByRole('button', { name: `Profile of ${name}` }).click();
      const dialog = page.getByRole('dialog', { name });
      await expect(dialog.getByText(`What ${name} shares with coordinators.`, { exact: false })).toBeVisible();
      await expect(dialog.locator('dl dt').first()).toBeVisible();
      await expectNoA11yViolations(page, 'participant profile (375px)');
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect(dialog).toHaveCount(0);
    });

    await test.step('select the page and act on it in one request', async () => {
      // react-aria's checkbox: its label takes the click (the input itself is visually hidden).
      await section.locator('label.checkbox').filter({ hasText: 'Select the 1 participant shown' }).click();
      await expect(section.getByText('1 selected')).toBeVisible();
      await expect(section.getByRole('checkbox', { name: `Select ${name}` })).toBeChecked();
      await expect(section.getByRole('button', { name: 'Approve 0 applications' })).toBeDisabled();
      await section.getByRole('button', { name: 'Screening cleared for 1 mentor' }).click();
      await expect(section.getByText('1 participant updated.')).toBeVisible();
      await expect(section.getByText('0 selected')).toBeVisible();
      await expect(rows.first().getByRole('switch', { name: `Screening cleared for ${name}` })).toBeChecked();
      await expectNoA11yViolations(page, 'participants after a bulk action (375px)');
    });
  });
  await signOut(page);
});
