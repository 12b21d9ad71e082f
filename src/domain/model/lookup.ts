/**
 * Look-ups by id over the site model, indexed once per list. Feeds and exports look up a slot's
 * session for every slot; a linear `find` there makes a build quadratic in the number of sessions
 * (measured by `npm run bench` at 1000×), an index keeps it linear.
 */
import type { Session } from './model.ts';

const indexes = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();

/** The entries of `list` by id; the index is built on first use and kept with the list. */
export function indexById<Entry extends { id: string }>(list: readonly Entry[]): ReadonlyMap<string, Entry> {
  let index = indexes.get(list);
  if (!index) {
    index = new Map(list.map((entry) => [entry.id, entry]));
    indexes.set(list, index);
  }
  return index as ReadonlyMap<string, Entry>;
}

/** The session with this id among `sessions`, or undefined. */
export function sessionById(sessions: readonly Session[], id: string): Session | undefined {
  return indexById(sessions).get(id);
}

