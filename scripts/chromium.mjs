// One way to start the browser for tests, measures and screenshots: Debian's Chromium (playwright-core
// cannot download its own here), headless, with the flags this closed network needs — without the
// background-networking ones Chromium keeps trying to reach Google's hosts, and is refused.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const DRAPEAUX_CHROMIUM = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts headless Chromium; `options` are playwright's launch options (e.g. extra `args`). */
export function lancerChromium(options = {}) {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, ...options, args: [...DRAPEAUX_CHROMIUM, ...(options.args ?? [])] });
}
