import { expect, test } from './support/test';
import { ACCOUNTS } from './support/accounts';
import { submitLogin } from './support/auth';
import { expectNoA11yViolations } from './support/axe';

// (b) A wrong password shows the server's error; repeated failures for one account end in the
// rate-limit message (the server answers 429 after 5 failures in 15 minutes).
test('wrong passwords show an error, then the rate-limit message', async ({ page }) => {
  await page.goto('/login');
  await expectNoA11yViolations(page, 'login');

  const error = page.getByTestId('login-error');
  await submitLogin(page, ACCOUNTS.rateLimited, 'not-the-password-1');
  await expect(error).toBeVisible();
  await expect(error).not.toHaveText('');
  await expect(error).not.toContainText(/too many/i);
  await expect(page).toHaveURL(/\/login/);
  await expectNoA11yViolations(page, 'login with error');

  for (let attempt = 2; attempt <= 6; attempt++) {
    // Wait for each answer before the next try, so every attempt reaches the server.
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login'));
    await submitLogin(page, ACCOUNTS.rateLimited, `not-the-password-${attempt}`);
    await answered;
  }
  await expect(error).toContainText(/too many/i);
  await expect(page.getByRole('alert')).toContainText('Too many attempts');
  await expectNoA11yViolations(page, 'login rate-limited');
});
