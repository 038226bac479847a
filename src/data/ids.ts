/** Finding an item by the id a user typed: its own id, or an alias its source gave it. */

/**
 * The item whose id is `id` (trimmed, compared exactly); else the one item that has `id` among its
 * aliases. Several items sharing the alias (c3voc reuses frab's numeric ids across sub-schedules)
 * are `candidates`, for the caller to report as ambiguous. Nothing found is `{}`.
 */
export function findById<T extends {id: string; aliases?: readonly string[]}>(
  items: readonly T[] | undefined,
  id: string,
): {item?: T; candidates?: T[]} {
  const key = id.trim();
  const list = items ?? [];
  const item = list.find((x) => x.id === key);
  if (item) return {item};
  const also = list.filter((x) => x.aliases?.includes(key));
  return also.length > 1 ? {candidates: also} : also.length ? {item: also[0]} : {};
}
