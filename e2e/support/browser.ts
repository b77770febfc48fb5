import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';

import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const BASE_URL = (): string => {
  const url = process.env.CHANTIER_E2E_URL;
  if (!url) throw new Error('CHANTIER_E2E_URL is unset: run the journeys with `npm run e2e`.');
  return url;
};

const ARTIFACTS = resolve(process.cwd(), 'e2e/artifacts');

const chromiumPath = (): string => {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync('which', ['chromium']).toString().trim();
  } catch {
    throw new Error('Chromium is not installed: `apt-get install -y chromium` (the CI script does it).');
  }
};

/** Debian's Chromium, headless, with the flags this machine's closed network needs. */
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });

export interface Person {
  context: BrowserContext;
  page: Page;
}

/** A person in their own browser context (own storage, own session), on a phone-sized or desktop screen. */
export const openAs = async (browser: Browser, viewport = { width: 1280, height: 900 }): Promise<Person> => {
  const context = await browser.newContext({ viewport, locale: 'en-US', baseURL: BASE_URL() });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return { context, page };
};

export const signIn = async ({ page }: Person, email: string, password = 'chantier-demo'): Promise<void> => {
  await page.goto('/login');
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('nav-home').waitFor();
};

/** Runs a journey step; on failure saves a screenshot of every open page, then rethrows. */
export const journey = async (name: string, people: Person[], run: () => Promise<void>): Promise<void> => {
  try {
    await run();
  } catch (error) {
    await mkdir(ARTIFACTS, { recursive: true });
    await Promise.all(
      people.map((person, i) =>
        person.page.screenshot({ path: join(ARTIFACTS, `${name.replace(/\W+/g, '-')}-${i}.png`), fullPage: true }).catch(() => undefined),
      ),
    );
    throw error;
  }
};
