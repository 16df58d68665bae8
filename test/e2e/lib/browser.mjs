// Launches Debian's Chromium through the repository's playwright-core, headless, with a scratch
// profile. Closing the returned context also deletes the profile.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export async function launchBrowser({ viewport } = {}) {
  const profile = mkdtempSync(join(process.env.TMPDIR || tmpdir(), 'chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: viewport ?? { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const close = async () => {
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  };
  // Stopped from outside (the harness's timeout or cleanup): close the browser before exiting.
  for (const signal of ['SIGTERM', 'SIGINT']) process.once(signal, () => close().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143)));
  return { context, page, close };
}

/** The workbench URL of code-server on `port` for a folder, with an optional test payload. */
export function workbenchUrl(port, folder, payload) {
  const q = `folder=${encodeURIComponent(folder)}` + (payload ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : '');
  return `http://127.0.0.1:${port}/?${q}`;
}
