import { expect, type APIRequestContext, type Browser, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from './accounts';

export interface SignInLabels {
  email: string;
  password: string;
  submit: string;
}

export const ENGLISH: SignInLabels = { email: 'Email address', password: 'Password', submit: 'Sign in' };
export const SPANISH: SignInLabels = { email: 'Correo electrónico', password: 'Contraseña', submit: 'Iniciar sesión' };

/** Fills the login form (already open) and submits it. */
export async function submitLogin(page: Page, email: string, password: string, labels = ENGLISH): Promise<void> {
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password).fill(password);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
}

export async function signIn(page: Page, email: string, labels = ENGLISH): Promise<void> {
  await page.goto('/login');
  await submitLogin(page, email, DEMO_PASSWORD, labels);
  await expect(page).not.toHaveURL(/\/login/);
}

/** Signs in as a journey's own person (a password of their own, not the demo's). */
export async function signInAs(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto('/login');
  await submitLogin(page, who.email, who.password);
  await expect(page).not.toHaveURL(/\/login/);
}

/** A second browser of its own (another person's), on the same server. */
export async function secondBrowser(browser: Browser, baseURL: string, acceptDownloads = false): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'en-US', timezoneId: 'UTC', acceptDownloads });
  return context.newPage();
}

/**
 * Waits until `target`, something in the header, is visible. At phone width it is in the menu:
 * the menu is opened when it is closed. The header may still be rendering when this runs (a
 * check made once can see neither the target nor the toggle), so it looks again until it shows.
 */
export async function showInHeader(page: Page, target: Locator): Promise<Locator> {
  const menu = page.locator('.menu-toggle');
  await expect(async () => {
    if (!(await target.isVisible()) && (await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true')
      await menu.click();
    await expect(target).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  return target;
}

export async function signOut(page: Page, label = 'Sign out'): Promise<void> {
  await (await showInHeader(page, page.getByRole('button', { name: label }))).click();
  await expect(page).toHaveURL(/\/login/);
}

/** Sets an account's saved locale through the API (used to undo the Spanish journey). */
export async function setAccountLocale(request: APIRequestContext, email: string, locale: 'en' | 'es') {
  await request.get('/api/v1/auth/session');
  const csrf = async () =>
    (await request.storageState()).cookies.find((c) => c.name === 'tandem_csrf')?.value ?? '';
  const login = await request.post('/api/v1/auth/login', {
    data: { email, password: DEMO_PASSWORD },
    headers: { 'X-CSRF-Token': await csrf() },
  });
  expect(login.ok()).toBeTruthy();
  const patched = await request.patch('/api/v1/me', { data: { locale }, headers: { 'X-CSRF-Token': await csrf() } });
  expect(patched.ok()).toBeTruthy();
  await request.post('/api/v1/auth/logout', { headers: { 'X-CSRF-Token': await csrf() } });
}
