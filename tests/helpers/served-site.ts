/**
 * The production build served by `astro preview` and a Chromium to browse it, for one test file:
 * started before its tests and stopped after them.
 */
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type TestBrowser } from '../../tools/browser.ts';
import { startPreview, type Preview } from '../../tools/preview.ts';

/** Registers the file's set-up and tear-down; the returned fields are set once `beforeAll` has run. */
export function servedSite(options: Parameters<typeof launchBrowser>[0] = {}): {
  readonly preview: Preview;
  readonly browser: TestBrowser;
} {
  const served = {} as { preview: Preview; browser: TestBrowser };
  beforeAll(async () => {
    served.preview = await startPreview();
    served.browser = await launchBrowser(options);
  });
  afterAll(async () => {
    await served.browser?.close();
    await served.preview?.stop();
  });
  return served;
}
