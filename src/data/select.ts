/** Finding the item a widget shows, and the items it refers to, by the ids people know them by. */
import {ConferenceError} from './errors.js';
import {faultError} from './validate.js';
import type {Fault} from './validate.js';

interface Identified {
  readonly id: string;
  readonly aliases?: readonly string[];
}

/** The items each id or alias names. */
type Index<T> = Map<string, T[]>;
// Built once per list: a document of 10,000 talks is searched by many widgets.
const indexes = new WeakMap<readonly Identified[], Index<Identified>>();

/** Ids first; an alias only where no item has it as its id; an alias several items share, all of them. */
function indexOf<T extends Identified>(items: readonly T[]): Index<T> {
  let index = indexes.get(items) as Index<T> | undefined;
  if (!index) {
    index = new Map();
    for (const item of items) {
      for (const alias of item.aliases ?? []) {
        const found = index.get(alias);
        if (!found) index.set(alias, [item]);
        else if (!found.includes(item)) found.push(item);
      }
    }
    // Then the ids, over any alias.
    for (const item of items) index.set(item.id, [item]);
    indexes.set(items, index);
  }
  return index;
}

/**
 * The item whose id is `id` (trimmed, compared exactly); else the one item that has `id` among its
 * aliases. Several items sharing the alias (c3voc reuses frab's numeric ids across sub-schedules)
 * are `candidates`, for the caller to report as ambiguous. Nothing found is `{}`.
 */
export function findById<T extends Identified>(items: readonly T[] | undefined, id: string): {item?: T; candidates?: T[]} {
  const found = items && id.trim() ? indexOf(items).get(id.trim()) : undefined;
  return found?.[1] ? {candidates: found} : found ? {item: found[0]} : {};
}

/** The item with `id` (or an alias only it has), if any. */
export const byId = <T extends Identified>(items: readonly T[] | undefined, id: string | undefined): T | undefined =>
  id === undefined ? undefined : findById(items, id).item;

/**
 * The item with `id`; without an id, the only item there is. `attribute` names the attribute that
 * chooses, so the error can say what to set; `dropped` tells an item the validator left out.
 */
export function pick<T extends Identified>(
  items: readonly T[] | undefined,
  id: string | undefined,
  attribute: string,
  list: 'sessions' | 'speakers' | 'tracks' | 'rooms',
  dropped?: ReadonlyMap<string, Fault>,
): T {
  const all = items ?? [];
  const ids = () => all.map((item) => item.id);
  const wanted = id?.trim();
  if (wanted) {
    const {item, candidates} = findById(all, wanted);
    if (item) return item;
    if (candidates) throw new ConferenceError('ambiguous', {path: attribute, got: wanted, ids: candidates.map((c) => c.id), list});
    const fault = dropped?.get(`${list}:${wanted}`);
    if (fault) throw faultError(fault);
    throw new ConferenceError('unknown-id', {path: attribute, got: wanted, ids: ids(), list});
  }
  if (all.length === 1) return all[0];
  // The only item there was is the one the checker left out: say why.
  const only = [...(dropped ?? [])].filter(([key]) => key.startsWith(`${list}:`));
  if (!all.length && only.length === 1) throw faultError(only[0][1]);
  throw new ConferenceError('ambiguous', {path: attribute, ids: ids(), list});
}
