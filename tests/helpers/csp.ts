/**
 * The Content-Security-Policy the site ships with (no inline scripts or styles), added to every
 * response of a page by routing, so browser tests prove the pages work under it.
 */
import type { Page } from 'playwright-core';
import { contentSecurityPolicy } from '../../src/domain/outputs/host-headers.ts';

export { contentSecurityPolicy };

/**
 * Serves every response of `page` with the policy and collects the browser's reports of what it
 * refused (console messages about the Content Security Policy).
 */
export async function enforceCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (text.includes('Content Security Policy') || text.includes('Refused to'))
      violations.push(text);
  });
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': contentSecurityPolicy },
    });
  });
  return violations;
}
