// Lists of rule and need ids as the grammar checker keeps them (./check).

/** Appends `id` to the list of `key`. */
export function pushId<K>(map: Map<K, number[]>, key: K, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

/** The ids in ascending order, as a typed array (undefined: none). */
export const sortedIds = (ids: readonly number[] | undefined) => (ids ? Int32Array.from(ids).sort() : undefined);

/** Whether the ascending `ids` hold `id` (a binary search). */
export function hasId(ids: Int32Array | undefined, id: number): boolean {
  if (!ids) return false;
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid] === id) return true;
    if (ids[mid] < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
