/**
 * The readers the site is tried as: Geneva, Tokyo and New York, each with its own zone and locale,
 * at a phone's and a desktop's width, in light and dark. One Chromium per reader (a zone belongs to
 * a browser context), all against one production build served by `astro preview`.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type TestBrowser } from '../../tools/browser.ts';
import { startPreview, type Preview } from '../../tools/preview.ts';

/** A reader's place: the IANA zone and the browser locale. */
export interface Reader {
  name: string;
  timezoneId: string;
  locale: string;
}

/** Geneva, Tokyo and New York. */
export const readers: readonly Reader[] = [
  { name: 'Geneva', timezoneId: 'Europe/Zurich', locale: 'fr-CH' },
  { name: 'Tokyo', timezoneId: 'Asia/Tokyo', locale: 'ja-JP' },
  { name: 'New York', timezoneId: 'America/New_York', locale: 'en-US' },
];

/** A phone's and a desktop's width, in CSS pixels. */
export const widths = [375, 1280] as const;

/** Both colour schemes. */
export const colorSchemes = ['light', 'dark'] as const;

/** One way of seeing a page: a reader, a width and a colour scheme. */
export interface View extends Reader {
  width: (typeof widths)[number];
  colorScheme: (typeof colorSchemes)[number];
}

/** Every reader × width × colour scheme, for `test.each`. */
export const views: readonly View[] = readers.flatMap((reader) =>
  widths.flatMap((width) => colorSchemes.map((colorScheme) => ({ ...reader, width, colorScheme }))),
);

/** Registers one preview and one browser per reader for the test file. */
export function servedToReaders(): {
  readonly preview: Preview;
  /** Opens a page as the view sees it (zone, locale, width, colour scheme). */
  open(view: View, path: string): Promise<{ page: Page; errors: string[] }>;
} {
  let preview: Preview | undefined;
  const browsers = new Map<string, TestBrowser>();
  beforeAll(async () => {
    preview = await startPreview();
    for (const reader of readers)
      browsers.set(
        reader.name,
        await launchBrowser({ timezoneId: reader.timezoneId, locale: reader.locale }),
      );
  });
  afterAll(async () => {
    for (const browser of browsers.values()) await browser.close();
    await preview?.stop();
  });
  return {
    get preview() {
      if (!preview) throw new Error('the preview starts in beforeAll');
      return preview;
    },
    async open(view, path) {
      const browser = browsers.get(view.name);
      if (!browser || !preview) throw new Error('the browsers start in beforeAll');
      const opened = await browser.newPage();
      await opened.page.setViewportSize({
        width: view.width,
        height: view.width < 600 ? 812 : 900,
      });
      await opened.page.emulateMedia({ colorScheme: view.colorScheme });
      await opened.page.goto(`${preview.url}${path.replace(/^\//, '')}`);
      return opened;
    },
  };
}
