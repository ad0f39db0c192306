import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from './accounts';
import { showInHeader } from './auth';
import { expectNoA11yViolations } from './axe';

// The role journeys' matrix (issue 9, "Done means"): every role walks its paths at desktop and
// phone width, in English and Spanish. A journey names what it expects by i18n key, so the same
// steps check the English and the Spanish words, and each screen is checked for axe violations,
// untranslated keys and (at phone width) sideways scrolling.

export type Locale = 'en' | 'es';
export interface Variant {
  name: string;
  locale: Locale;
  viewport: { width: number; height: number };
  phone: boolean;
}

export const VARIANTS: readonly Variant[] = [
  { name: 'desktop, English', locale: 'en', viewport: { width: 1280, height: 900 }, phone: false },
  { name: 'desktop, Spanish', locale: 'es', viewport: { width: 1280, height: 900 }, phone: false },
  { name: 'phone, English', locale: 'en', viewport: { width: 375, height: 812 }, phone: true },
  { name: 'phone, Spanish', locale: 'es', viewport: { width: 375, height: 812 }, phone: true },
];

type Tree = { [key: string]: string | Tree };
const BUNDLES: Record<Locale, Tree> = {
  en: JSON.parse(readFileSync(new URL('../../src/i18n/en.json', import.meta.url), 'utf8')) as Tree,
  es: JSON.parse(readFileSync(new URL('../../src/i18n/es.json', import.meta.url), 'utf8')) as Tree,
};

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * The text the web app shows for `key` in `locale`, as i18next renders it: `{{name}}` replaced by
 * its parameter and, with a `count`, the `_one` / `_other` plural form. An unknown key fails the
 * test (a journey must not check a key the app does not have).
 */
export function tr(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const plural = typeof params.count === 'number' ? (params.count === 1 ? '_one' : '_other') : '';
  const template = lookup(BUNDLES[locale], `${key}${plural}`) ?? lookup(BUNDLES[locale], key);
  if (template === undefined) throw new Error(`no i18n key ${key} in ${locale}`);
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`i18n key ${key} needs parameter ${name}`);
    return String(params[name]);
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A string as a regular expression that matches it exactly or at the start. */
export function startsWith(text: string): RegExp {
  return new RegExp(`^${escapeRegExp(text)}`);
}

/** The text of `key` in `locale` with any value in place of each parameter, in any plural form. */
export function trPattern(locale: Locale, key: string): RegExp {
  const forms = ['_zero', '_one', '_other', '']
    .map((suffix) => lookup(BUNDLES[locale], `${key}${suffix}`))
    .filter((template): template is string => template !== undefined);
  if (forms.length === 0) throw new Error(`no i18n key ${key} in ${locale}`);
  const one = (template: string) => template.split(/\{\{\w+\}\}/).map(escapeRegExp).join('.+?');
  return new RegExp(forms.map(one).join('|'));
}

function flatKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : flatKeys(v, `${prefix}${k}.`)));
}
const ALL_KEYS = new Set(flatKeys(BUNDLES.en));
/** i18next shows a missing key as the key itself, which always starts with one of these. */
const NAMESPACES = new Set(Object.keys(BUNDLES.en));
/** Anything shaped like an i18n key: lowercase word, then dotted segments ("profile.basics.title"). */
const KEY_PATTERN = /\b[a-z]+(\.[a-zA-Z_]+)+\b/g;

/** Visible text plus the attributes people hear (aria-label, placeholder, title). */
async function heardText(page: Page): Promise<string> {
  const text = await page.locator('body').innerText();
  const attributes = await page.evaluate(() =>
    [...document.querySelectorAll('[aria-label], [placeholder], [title]')]
      .flatMap((el) => ['aria-label', 'placeholder', 'title'].map((a) => el.getAttribute(a) ?? ''))
      .join('\n'),
  );
  // Emails and URLs legitimately contain dots.
  return `${text}\n${attributes}`.replace(/\S+@\S+/g, ' ').replace(/https?:\/\/\S+/g, ' ');
}

/** Fails when the page shows an i18n key instead of its text. */
export async function expectNoRawKeys(page: Page, screen: string): Promise<void> {
  const text = await heardText(page);
  // Seeded people and programs may write "e.g." or a domain; keys start with a known namespace.
  const suspicious = [...text.matchAll(KEY_PATTERN)]
    .map((m) => m[0])
    .filter((candidate) => NAMESPACES.has(candidate.split('.')[0]!));
  expect(suspicious, `i18n-key-like text on ${screen}`).toEqual([]);
  const rawKeys = text.split(/\s+/).filter((word) => ALL_KEYS.has(word));
  expect(rawKeys, `raw i18n keys on ${screen}`).toEqual([]);
}

/**
 * One role's walk in one variant: `t` words a key in the variant's language, `screen` checks the
 * page as it stands, `nav` opens a link of the main navigation (through the menu at phone width).
 */
export class Walk {
  constructor(
    readonly page: Page,
    readonly variant: Variant,
  ) {}

  t(key: string, params: Record<string, string | number> = {}): string {
    return tr(this.variant.locale, key, params);
  }

  /** The text of `key` with any value for its parameters. */
  pattern(key: string): RegExp {
    return trPattern(this.variant.locale, key);
  }

  /**
   * axe, the document's language, no raw keys and, at phone width, nothing wider than the screen.
   * With TANDEM_E2E_SHOTS=<folder> it also keeps a full-page screenshot, to look at.
   */
  async screen(name: string): Promise<void> {
    const label = `${name} (${this.variant.name})`;
    await expectNoA11yViolations(this.page, label);
    await expect(this.page.locator('html')).toHaveAttribute('lang', this.variant.locale);
    await expectNoRawKeys(this.page, label);
    const shots = process.env.TANDEM_E2E_SHOTS;
    if (shots) await this.page.screenshot({ path: `${shots}/${basename(test.info().file, '.spec.ts')}-${label.replace(/[^\w]+/g, '-')}.png`, fullPage: true });
    if (this.variant.phone) {
      const overflow = await this.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${label} scrolls sideways`).toBeLessThanOrEqual(0);
    }
  }

  async mainNav(): Promise<Locator> {
    return showInHeader(this.page, this.page.getByRole('navigation', { name: this.t('nav.main') }));
  }

  /** Follows the main navigation's link named by `key` (its name may carry a count after it). */
  async nav(key: string): Promise<void> {
    await (await this.mainNav()).getByRole('link', { name: startsWith(this.t(key)) }).first().click();
  }

  async heading(text: string | RegExp, level = 1): Promise<void> {
    await expect(this.page.getByRole('heading', { level, name: text })).toBeVisible();
  }

  /** Signs in with the variant's language chosen on this device (it becomes the account's). */
  async signIn(email: string): Promise<void> {
    const { page, variant } = this;
    await page.setViewportSize(variant.viewport);
    await page.addInitScript((l) => window.localStorage.setItem('tandem.locale', l), variant.locale);
    await page.goto('/login');
    await page.getByLabel(this.t('fields.email')).fill(email);
    await page.getByLabel(this.t('fields.password')).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: this.t('login.submit'), exact: true }).click();
    await expect(page).not.toHaveURL(/\/login/);
    await expect(page.locator('html')).toHaveAttribute('lang', variant.locale);
  }

  async signOut(): Promise<void> {
    await (await showInHeader(this.page, this.page.getByRole('button', { name: this.t('nav.signOut') }))).click();
    await expect(this.page).toHaveURL(/\/login/);
  }
}
