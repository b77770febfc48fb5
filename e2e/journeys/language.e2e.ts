import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';

import { journey, launchBrowser, openAs, signIn } from '../support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

it('switching to French changes the interface texts, and the choice sticks after a reload', async () => {
  const alice = await openAs(browser);
  await journey('language', [alice], async () => {
    await signIn(alice, 'alice@demo.chantier.test');
    const home = alice.page.getByTestId('nav-home');
    const english = (await home.textContent())?.trim();
    await alice.page.getByTestId('locale-switcher').click();
    const french = alice.page.getByTestId('locale-fr');
    if (await french.count()) await french.click();
    await alice.page.waitForFunction(() => document.documentElement.lang === 'fr');
    const translated = (await home.textContent())?.trim();
    expect(translated).not.toBe(english);
    expect(translated).toBe('Accueil');
    await alice.page.reload();
    await alice.page.waitForFunction(() => document.documentElement.lang === 'fr');
    expect((await alice.page.getByTestId('nav-home').textContent())?.trim()).toBe('Accueil');
  });
  await alice.context.close();
});
