import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { ACCOUNTS } from './support/accounts';
import { setAccountLocale, signIn, signOut, SPANISH } from './support/auth';
import { expectNoA11yViolations } from './support/axe';
import { readFileSync } from 'node:fs';

// (d) With Español chosen, no screen shows an untranslated i18n key, and known Spanish text appears.

/** Anything shaped like an i18n key: lowercase word, then dotted segments ("profile.basics.title"). */
const KEY_PATTERN = /\b[a-z]+(\.[a-zA-Z_]+)+\b/g;

function flatKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : flatKeys(v as object, `${prefix}${k}.`),
  );
}
const en = JSON.parse(readFileSync(new URL('../src/i18n/en.json', import.meta.url), 'utf8')) as object;
const ALL_KEYS = new Set(flatKeys(en));
/** i18next shows a missing key as the key itself, which always starts with one of these. */
const NAMESPACES = new Set(Object.keys(en));

/** Visible text plus the attributes people hear (aria-label, placeholder, title). */
async function visibleText(page: Page): Promise<string> {
  const text = await page.locator('body').innerText();
  const attributes = await page.evaluate(() =>
    [...document.querySelectorAll('[aria-label], [placeholder], [title]')]
      .flatMap((el) => ['aria-label', 'placeholder', 'title'].map((a) => el.getAttribute(a) ?? ''))
      .join('\n'),
  );
  // Emails and URLs legitimately contain dots.
  return `${text}\n${attributes}`.replace(/\S+@\S+/g, ' ').replace(/https?:\/\/\S+/g, ' ');
}

async function expectTranslated(page: Page, screen: string, known: (string | RegExp)[]) {
  await expectNoA11yViolations(page, `${screen} (es)`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const text = await visibleText(page);
  // Seeded people and programs may write "e.g." or a domain; keys start with a known namespace.
  const suspicious = [...text.matchAll(KEY_PATTERN)]
    .map((m) => m[0])
    .filter((candidate) => NAMESPACES.has(candidate.split('.')[0]!));
  expect(suspicious, `i18n-key-like text on ${screen}`).toEqual([]);
  const rawKeys = text.split(/\s+/).filter((word) => ALL_KEYS.has(word));
  expect(rawKeys, `raw i18n keys on ${screen}`).toEqual([]);
  for (const s of known) await expect(page.locator('body')).toContainText(s);
}

test.afterAll(async ({ request }) => {
  // The journey saved Spanish as these accounts' locale; put English back for other journeys.
  await setAccountLocale(request, ACCOUNTS.schoolAdmin, 'en');
  await setAccountLocale(request, ACCOUNTS.platformAdmin, 'en');
});

test('the Spanish interface shows no untranslated key', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.getByRole('button', { name: 'Español' })).toHaveAttribute('aria-pressed', 'true');
  await expectTranslated(page, 'login', ['Iniciar sesión', '¿Has olvidado tu contraseña?']);

  await page.getByRole('link', { name: '¿Has olvidado tu contraseña?' }).click();
  await expectTranslated(page, 'forgot password', ['Restablece tu contraseña', 'Enviar enlace']);

  await page.goto('/reset-password');
  await expectTranslated(page, 'reset password', ['Elige una contraseña nueva', 'Este enlace está incompleto']);

  await page.goto('/login');
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();
  await expectTranslated(page, 'login with validation errors', ['Este campo es obligatorio.']);

  await signIn(page, ACCOUNTS.schoolAdmin, SPANISH);
  // A staff-only account's home is its work queue, not a participant's programs.
  await expectTranslated(page, 'home', ['Hola,', 'Mis organizaciones', 'Pendiente en', 'Cerrar sesión']);

  // The choice survives a reload (localStorage) and is the account's locale now.
  await page.reload();
  await expectTranslated(page, 'home after reload', ['Hola,']);

  const main = page.getByRole('navigation', { name: 'Principal' });
  await main.getByRole('link', { name: 'Programas' }).click();
  await expectTranslated(page, 'programs', ['Programas', 'Nuevo programa', 'Mentores']);

  await page.locator('.program-card__title a').first().click();
  await expectTranslated(page, 'program detail', [
    'Sobre este programa',
    'De un vistazo',
    'Participantes',
    'Invitar a este programa',
    'Ajustes de emparejamiento',
    'Rondas de emparejamiento',
    'Exclusiones',
  ]);

  // Running a round (a draft, harmless) opens the round page.
  await page.getByRole('button', { name: 'Ejecutar ronda' }).click();
  await expect(page).toHaveURL(/\/match-rounds\//);
  await expectTranslated(page, 'match round', ['Ronda de emparejamiento', 'Resumen', 'Puntuación total', 'Publicar']);
  await page.getByRole('navigation', { name: 'Ruta de navegación' }).getByRole('link').nth(1).click();

  await page.getByRole('link', { name: 'Editar', exact: true }).click();
  await expectTranslated(page, 'edit program', ['Nombre del programa', 'Guardar cambios']);

  await main.getByRole('link', { name: 'Programas' }).click();
  await page.getByRole('link', { name: 'Nuevo programa' }).first().click();
  await expectTranslated(page, 'new program', ['Nuevo programa', 'Crear programa', 'Formato']);

  await main.getByRole('link', { name: 'Mi perfil' }).click();
  await expectTranslated(page, 'profile', ['Mi perfil', 'Habilidades que quiero aprender', 'Zona horaria', 'Guardar perfil']);
  await page.getByRole('button', { name: 'Añadir una habilidad para aprender' }).click();
  await expectTranslated(page, 'profile with a skill row', ['Nivel actual', 'Nivel objetivo']);

  await main.getByRole('link', { name: 'Miembros' }).click();
  await expectTranslated(page, 'members', ['Miembros', 'Invitar a la organización', 'Invitaciones pendientes', 'Habilidades e intereses']);

  await main.getByRole('link', { name: /^Solicitudes/ }).click();
  await expectTranslated(page, 'requests', ['Solicitudes para ti']);

  await main.getByRole('link', { name: 'Mis emparejamientos' }).click();
  await expectTranslated(page, 'my matches', ['Mis emparejamientos', 'Emparejamientos']);

  await page.getByRole('button', { name: /^Notificaciones/ }).click();
  await expectTranslated(page, 'notifications', ['Notificaciones']);
  await page.keyboard.press('Escape');

  await page.goto('/esta-pagina-no-existe');
  await expectTranslated(page, 'not found', ['Página no encontrada']);

  await signOut(page, 'Cerrar sesión');
  await signIn(page, ACCOUNTS.platformAdmin, SPANISH);
  await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Bandeja de salida' }).click();
  await expectTranslated(page, 'outbox', ['Bandeja de salida', 'Para:', 'El correo no se entrega']);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible();
});
