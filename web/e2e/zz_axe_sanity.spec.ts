import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
test('axe finds a planted violation', async ({ page }) => {
  await page.setContent('<html lang="en"><body><main><h1>x</h1><img src="x.png"><p style="color:#ddd;background:#fff">low contrast</p></main></body></html>');
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  console.log(r.violations.map((v) => v.id));
  expect(r.violations.length).toBeGreaterThan(0);
});
