/** Every URL the site builds, in one place. */

/** The official link of a UN document symbol. */
export function officialDocumentUrl(symbol: string): string {
  return `https://docs.un.org/en/${symbol}`;
}
