// Pages opened in the system's headless Chromium (Debian's `chromium`, driven by playwright-core), with
// everything a test needs to know about what the page did: every request it made, every console error,
// uncaught exception and dialog. Screenshots go to .tmp/screenshots/ (looked at, not committed).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve(import.meta.dirname, '../../.tmp/screenshots');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface PageRecord {
  page: Page;
  /** Every request the page made, its own file included. */
  requests: string[];
  /** Console errors (a CSP violation is one), uncaught exceptions, and the messages of dialogs. */
  errors: string[];
  dialogs: string[];
}

/** Opens `url` in a fresh context with the colour scheme given, recording what the page does. */
export async function openPage(
  browser: Browser,
  url: string,
  options: { colorScheme?: 'light' | 'dark'; width?: number; height?: number } = {},
): Promise<PageRecord> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: options.width ?? 1100, height: options.height ?? 900 },
  });
  const page = await context.newPage();
  const record: PageRecord = { page, requests: [], errors: [], dialogs: [] };
  page.on('request', (request) => record.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') record.errors.push(message.text());
  });
  page.on('pageerror', (error) => record.errors.push(error.message));
  page.on('dialog', (dialog) => {
    record.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  return record;
}

export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}
