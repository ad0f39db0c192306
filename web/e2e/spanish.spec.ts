import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { ACCOUNTS } from './support/accounts';
import { setAccountLocale, signIn, signOut, SPANISH } from './support/auth';
import { expectNoA11yViolations } from './support/axe';
import { expectNoRawKeys } from './support/variants';

// (d) With Español chosen, no screen shows an untranslated i18n key, and known Spanish text appears.

async function expectTranslated(page: Page, screen: string, known: (string | RegExp)[]) {
  await expectNoA11yViolations(page, `${screen} (es)`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expectNoRawKeys(page, screen);
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
