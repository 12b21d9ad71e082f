/** Where the content lives: `content/`, or the folder named by `OEWG_CONTENT_DIR` (tests, benchmarks). */
export function contentRoot(environment: Record<string, string | undefined> = process.env): string {
  return environment.OEWG_CONTENT_DIR || 'content';
}
