/** The element a URL's fragment points to, read without trusting the fragment (issue 22 point 10). */

/** The element `#…` names: the fragment decoded where it is valid percent-encoding, as written otherwise. */
export function fragmentTarget(hash: string): HTMLElement | null {
  const raw = hash.slice(1);
  if (raw === '') return null;
  let id = raw;
  try {
    id = decodeURIComponent(raw);
  } catch {
    // Not valid percent-encoding (`#%E0%A4%A`): no decoded id, the raw one may still name an element.
  }
  return document.getElementById(id) ?? document.getElementById(raw);
}
