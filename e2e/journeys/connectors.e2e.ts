import { createHmac } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';

import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';

import { graphql, login } from '../support/api.js';
import { BASE_URL, journey, launchBrowser, openAs, signIn } from '../support/browser.js';

const PHONE = { width: 375, height: 812 };
const SCREENSHOTS = resolve(process.cwd(), 'e2e/artifacts');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  await mkdir(SCREENSHOTS, { recursive: true });
});
afterAll(() => browser.close());

/** Sends one CloudEvent signed per Standard Webhooks, as an external system would. */
const deliver = async (hookUrl: string, secret: string, subject: string): Promise<number> => {
  const id = `msg_${Date.now().toString(36)}`;
  const timestamp = Math.floor(Date.now() / 1000).toString();
  const body = JSON.stringify({
    specversion: '1.0',
    id: `evt-${id}`,
    source: 'https://crm.example.test',
    type: 'chantier.thread.opened',
    subject,
    data: { title: `Deal ${subject}` },
  });
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const signature = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64');
  const res = await fetch(hookUrl.replace(/^https?:\/\/[^/]+/, BASE_URL()), {
    method: 'POST',
    headers: {
      'content-type': 'application/cloudevents+json',
      'webhook-id': id,
      'webhook-timestamp': timestamp,
      'webhook-signature': `v1,${signature}`,
    },
    body,
  });
  return res.status;
};

it('an administrator creates a generic connector, sees its secret once and its hook URL; its inbox shows what arrived', async () => {
  const stamp = Date.now().toString(36);
  const name = `CRM ${stamp}`;
  const spaceName = `Deal desk ${stamp}`;
  const alice = await login('alice@demo.chantier.test');
  await graphql(
    `
      mutation ($input: CreateSpaceInput!) {
        createSpace(input: $input) {
          id
        }
      }
    `,
    { input: { name: spaceName, kind: 'GROUP', visibility: 'PUBLIC' } },
    alice.token,
  );
  const admin = await openAs(browser);
  await journey('connectors-admin', [admin], async () => {
    const { page } = admin;
    await signIn(admin, 'admin@demo.chantier.test');
    await page.getByTestId('nav-connectors').click();
    await page.getByTestId('connectors-new').click();
    await page.getByTestId('connector-name-input').fill(name);
    await page.getByTestId('connector-create-submit').click();

    const secret = (await page.getByTestId('connector-secret').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const hookUrl = (await page.getByTestId('connector-secret-hook-url').textContent())?.trim() ?? '';
    expect(hookUrl).toMatch(/\/hooks\/[0-9a-f-]{36}$/);
    await page.screenshot({ path: join(SCREENSHOTS, 'connectors-secret-once.png'), fullPage: true });
    await page.getByTestId('connector-secret-close').click();

    // Back on the list: the connector and its hook URL, and the secret nowhere any more.
    const card = page.getByTestId('connector-card').filter({ hasText: name });
    await card.waitFor();
    expect((await card.getByTestId('connector-hook-url').textContent())?.trim()).toBe(hookUrl);
    await page.reload();
    await card.waitFor();
    expect(await page.content()).not.toContain(secret);

    // A signed delivery for a key with no route waits in the inbox as UNROUTED, replayable.
    expect(Math.floor((await deliver(hookUrl, secret, 'crm:OPP-E2E')) / 100)).toBe(2);
    await card.getByTestId('connector-inbox').click();
    await page.getByTestId('inbox-tab-UNROUTED').click();
    const event = page.getByTestId('inbound-event').first();
    await event.getByTestId('inbound-event-status').waitFor({ timeout: 20_000 });
    await event.click();
    await event.getByTestId('inbound-event-replay').waitFor();
    expect(await event.getByTestId('inbound-event-payload').textContent()).toContain('crm:OPP-E2E');

    // Routing that key to a space replays the waiting event, which then lands there.
    await page.goto('/admin/connectors');
    await card.getByTestId('route-open').click();
    await card.getByTestId('route-key').fill('crm:OPP-E2E');
    await card.getByTestId('route-space').fill(spaceName);
    await page.getByRole('option', { name: new RegExp(spaceName) }).click();
    await card.getByTestId('route-add').click();
    await card.getByTestId('connector-route').filter({ hasText: 'crm:OPP-E2E' }).waitFor();
    await card.getByTestId('connector-inbox').click();
    await page.getByTestId('inbox-tab-PROCESSED').click();
    await page.getByTestId('inbound-event').first().waitFor({ timeout: 20_000 });

    // The same screens on a phone.
    await page.setViewportSize(PHONE);
    await page.reload();
    const processed = page.getByTestId('inbound-event').first();
    await processed.click();
    await processed.getByTestId('inbound-event-payload').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'connectors-inbox-375.png'), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.goto('/admin/connectors');
    await card.waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'connectors-list-375.png'), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.goto('/admin/connectors/new');
    await page.getByTestId('connector-name-input').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'connectors-new-375.png'), fullPage: true });
  });
  await admin.context.close();
});

it('a member sees no integrations area', async () => {
  const alice = await openAs(browser, PHONE);
  await journey('connectors-member', [alice], async () => {
    const { page } = alice;
    await signIn(alice, 'alice@demo.chantier.test');
    await page.getByTestId('nav-burger').click();
    await page.getByTestId('nav-people').waitFor();
    expect(await page.getByTestId('nav-connectors').count()).toBe(0);
    await page.goto('/admin/connectors');
    await page.getByTestId('admin-only').waitFor();
    expect(await page.getByTestId('connector-card').count()).toBe(0);
  });
  await alice.context.close();
});
