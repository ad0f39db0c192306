import { expect, test } from './support/test';
import { ACCOUNTS, RUN_ID } from './support/accounts';
import { signIn, signOut } from './support/auth';
import { expectNoA11yViolations, gotoAndScan } from './support/axe';

// (a) A coordinator creates a program and invites a new mentee; the mentee creates an account
// from the link, fills in a profile and finds it saved after a reload. (c) axe after each step.
test('coordinator invites a new mentee who signs up and fills in a profile', async ({ page }) => {
  const programName = `E2E Pathways ${RUN_ID}`;
  const inviteeEmail = `mentee-${RUN_ID}@e2e.example`;
  const inviteeName = `Mentee ${RUN_ID}`;
  const password = `pw-${RUN_ID}-long-enough`;

  await test.step('coordinator signs in', async () => {
    await gotoAndScan(page, '/login');
    await signIn(page, ACCOUNTS.schoolCoordinator);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Hello');
    await expectNoA11yViolations(page, 'home (coordinator)');
  });

  await test.step('creates a program', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Programs' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Programs' })).toBeVisible();
    await expectNoA11yViolations(page, 'programs');

    await page.getByRole('link', { name: 'New program' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'New program' })).toBeVisible();
    await expectNoA11yViolations(page, 'new program');

    // Submitting empty shows inline validation first.
    await page.getByRole('button', { name: 'Create program' }).click();
    await expect(page.getByLabel('Program name')).toHaveAttribute('aria-invalid', 'true');
    await expectNoA11yViolations(page, 'new program with errors');

    await page.getByLabel('Program name').fill(programName);
    await page.getByLabel('Description').fill('Weekly sessions pairing students with volunteers (browser journey).');
    await page.getByLabel('Format').selectOption('one_to_one');
    await page.getByLabel('Audience').selectOption('youth');
    // A youth program's settings state its safeguarding rules.
    await expect(page.getByRole('heading', { name: 'Safeguarding in a youth program' })).toBeVisible();
    // A new program starts as a draft; the coordinator opens it so the invitee can see it.
    await expect(page.getByLabel('Status')).toHaveValue('draft');
    await page.getByLabel('Status').selectOption('open');
    await page.getByLabel('Default mentor capacity').fill('2');
    await page.getByRole('button', { name: 'Create program' }).click();
    await expect(page.getByRole('heading', { level: 1, name: programName })).toBeVisible();
    await expectNoA11yViolations(page, 'program detail');
  });

  let link = '';
  await test.step('invites a mentee and reads the link', async () => {
    await page.getByLabel('Email address').fill(inviteeEmail);
    await page.getByRole('radio', { name: 'Mentee' }).check();
    await page.getByRole('button', { name: 'Create invitation' }).click();
    const linkField = page.getByLabel('Invitation link');
    await expect(linkField).toBeVisible();
    link = await linkField.inputValue();
    expect(link).toMatch(/\/invite\/[^/]+$/);
    // Keep only the path: the server may build links with its public address, not the test's.
    link = new URL(link, page.url()).pathname;
    await expectNoA11yViolations(page, 'program detail with invitation link');
  });

  await test.step('coordinator signs out', async () => {
    await signOut(page);
    await expectNoA11yViolations(page, 'login after sign-out');
  });

  await test.step('invitee opens the link and creates an account', async () => {
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText(programName).first()).toBeVisible();
    await expect(page.getByText(inviteeEmail)).toBeVisible();
    await expectNoA11yViolations(page, 'invitation');

    await page.getByLabel('Full name').fill(inviteeName);
    await page.getByLabel('New password').fill(password);
    await page.getByLabel('Confirm password').fill(password);
    await page.getByRole('button', { name: 'Create account and accept' }).click();
    await expect(page).toHaveURL(/\/profile$/);
    await expect(page.getByRole('heading', { level: 1, name: 'My profile' })).toBeVisible();
    await expectNoA11yViolations(page, 'profile (new account)');
  });

  await test.step('fills in the profile and saves', async () => {
    await page.getByLabel('Display name').fill(inviteeName);
    await page.getByLabel('Headline').fill('Curious about data science');
    await page.getByLabel('About me').fill('Junior at Lincoln High. I like numbers and robots.');
    await page.getByLabel('Time zone').selectOption('America/Chicago');
    await page.getByLabel('Availability (hours per month)').fill('6');

    await page.getByRole('button', { name: 'Add a skill to learn' }).click();
    const row = page.getByRole('group', { name: 'Skill to learn 1' });
    const skill = row.getByRole('combobox', { name: 'Skill' });
    await skill.fill('Statistics');
    // Close the suggestion list (Escape keeps typed text in a free-text combobox).
    await skill.press('Escape');
    await expect(skill).toHaveValue('Statistics');
    await row.getByLabel('Current level').selectOption('1');
    await row.getByLabel('Target level').selectOption('4');

    await page.getByLabel('Add a language').selectOption('es');
    await page.getByRole('button', { name: 'Add language' }).click();
    await page.getByLabel('Add a language').selectOption('en');
    await page.getByRole('button', { name: 'Add language' }).click();

    // An answer outside the list, in the mentee's own words (axe then sees the extra field).
    await page.getByLabel('Preferred mentor gender (as a mentee)').selectOption('other');
    await page.getByLabel('Preferred mentor gender, in your own words').fill('Two-spirit');

    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByText('Profile saved')).toBeVisible();
    await expectNoA11yViolations(page, 'profile saved');
  });

  await test.step('reloads and finds the profile saved', async () => {
    await page.reload();
    await expectNoA11yViolations(page, 'profile after reload');
    await expect(page.getByLabel('Headline')).toHaveValue('Curious about data science');
    await expect(page.getByLabel('Time zone')).toHaveValue('America/Chicago');
    await expect(page.getByLabel('Availability (hours per month)')).toHaveValue('6');
    const row = page.getByRole('group', { name: 'Skill to learn 1' });
    await expect(row.getByRole('combobox', { name: 'Skill' })).toHaveValue('Statistics');
    await expect(row.getByLabel('Target level')).toHaveValue('4');
    const languages = page.getByRole('list', { name: 'Languages' });
    await expect(languages).toContainText('Spanish');
    await expect(languages).toContainText('English');
    await expect(page.getByLabel('Preferred mentor gender (as a mentee)')).toHaveValue('other');
    await expect(page.getByLabel('Preferred mentor gender, in your own words')).toHaveValue('Two-spirit');
  });

  await test.step('home lists the new enrollment', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(inviteeName);
    await expect(page.getByRole('region', { name: 'My programs' }).getByText(programName)).toBeVisible();
    // The welcome counts the saved profile and the new place as done, and says what comes next.
    const welcome = page.getByRole('region', { name: 'Welcome to Tandem' });
    await expect(welcome).toContainText('Done: Complete your profile');
    await expect(welcome).toContainText(`You take part in ${programName}.`);
    await expectNoA11yViolations(page, 'home (invitee)');
  });
});
