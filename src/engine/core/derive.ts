import { atom, type ReadableAtom } from "nanostores";

/**
 * A store that always holds `fn(source)`. nanostores' computed does this
 * lazily, with mount and unmount machinery that costs every island page
 * about 0.8 KB gzipped; a store's derived lists are read from the moment a
 * page opens, so a plain atom that follows its source does the same job.
 */
export function derive<S, T>(source: ReadableAtom<S>, fn: (value: S) => T): ReadableAtom<T> {
  const $out = atom(fn(source.get()));
  source.listen((value) => $out.set(fn(value)));
  return $out;
}
