/**
 * Indexed reads where the caller's invariant says the index is in range (graph node indices,
 * positions found by a search just before). A broken invariant throws here instead of carrying
 * `undefined` on into the output.
 */
export function at<T>(array: ArrayLike<T>, index: number): T {
  if (!(index >= 0 && index < array.length)) throw new RangeError(`index ${index} outside 0..${array.length - 1}`);
  return array[index] as T;
}

/** The last element of an array the caller knows is not empty. */
export function last<T>(array: ArrayLike<T>): T {
  return at(array, array.length - 1);
}
