// A collection: a named set of seed papers a researcher keeps for weeks, apart from the API data
// (which the query cache owns). Pure values and the edits on them; storage lives in
// features/collections. Every edit returns a new collection and stamps when it happened.
import { CitescopeError } from './errors';
import type { PaperId } from './paper';

export interface Collection {
  readonly id: string;
  readonly name: string;
  /** In the order they were added, each once. */
  readonly seeds: readonly PaperId[];
  /** ISO 8601 timestamps. */
  readonly createdAt: string;
  readonly updatedAt: string;
  /** When its seeds' citations were last compared with the API's ("What's new"); null: never. */
  readonly lastChecked: string | null;
  /** What that check found, the base of the next one; `lastChecked` is always its `at`. */
  readonly baseline: CitationBaseline | null;
}

/** The papers citing each seed when the collection was last checked. */
export interface CitationBaseline {
  /** ISO 8601. */
  readonly at: string;
  /** Seeds whose citations could not be read at a check have no entry (yet). */
  readonly citers: Readonly<Record<PaperId, readonly PaperId[]>>;
}

/** Names longer than this are refused: a name is a label, not a note. */
export const MAX_NAME_LENGTH = 120;

/** A name that is empty or too long. */
export class CollectionNameError extends CitescopeError {
  readonly code = 'collection-name';
}

/** The name as kept: white space collapsed; refused when empty or longer than the limit. */
export function collectionName(name: string): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (clean === '') throw new CollectionNameError('A collection needs a name.');
  if (clean.length > MAX_NAME_LENGTH) {
    throw new CollectionNameError(
      `A collection's name has at most ${MAX_NAME_LENGTH} characters; this one has ${clean.length}.`,
    );
  }
  return clean;
}

const unique = (ids: readonly PaperId[]): PaperId[] => [...new Set(ids)];

export function createCollection(input: {
  readonly id: string;
  readonly name: string;
  readonly seeds?: readonly PaperId[];
  readonly now: Date;
}): Collection {
  const at = input.now.toISOString();
  return {
    id: input.id,
    name: collectionName(input.name),
    seeds: unique(input.seeds ?? []),
    createdAt: at,
    updatedAt: at,
    lastChecked: null,
    baseline: null,
  };
}

export function renameCollection(collection: Collection, name: string, now: Date): Collection {
  return { ...collection, name: collectionName(name), updatedAt: now.toISOString() };
}

/** Adds the seeds not there yet, after the others; unchanged (same object) when none is new. */
export function addSeeds(collection: Collection, ids: readonly PaperId[], now: Date): Collection {
  const seeds = unique([...collection.seeds, ...ids]);
  if (seeds.length === collection.seeds.length) return collection;
  return { ...collection, seeds, updatedAt: now.toISOString() };
}

export function removeSeed(collection: Collection, id: PaperId, now: Date): Collection {
  if (!collection.seeds.includes(id)) return collection;
  const seeds = collection.seeds.filter((seed) => seed !== id);
  return { ...collection, seeds, updatedAt: now.toISOString() };
}

/**
 * The collection after a check of its seeds' citations: `citers` holds what the API lists now.
 * A seed missing from it (its list failed to load) keeps its earlier entry, so a failed request
 * never makes every citer of that seed look new next time. A check is not an edit: `updatedAt`
 * stays.
 */
export function withBaseline(
  collection: Collection,
  citers: ReadonlyMap<PaperId, readonly PaperId[]>,
  now: Date,
): Collection {
  const at = now.toISOString();
  const kept: Record<PaperId, readonly PaperId[]> = {};
  for (const seed of collection.seeds) {
    const ids = citers.get(seed) ?? collection.baseline?.citers[seed];
    if (ids) kept[seed] = unique(ids);
  }
  return { ...collection, lastChecked: at, baseline: { at, citers: kept } };
}

export interface NewCitations {
  /** When the compared baseline was taken (ISO 8601). */
  readonly since: string;
  /** The seeds with new citers, in the collection's order, each with those citers. */
  readonly bySeed: ReadonlyMap<PaperId, readonly PaperId[]>;
  /** Every new citer once, in the order first met. */
  readonly all: readonly PaperId[];
}

/**
 * The papers citing the seeds now (`current`) that did not at the last check; null when the
 * collection was never checked (everything would be "new"). A seed without a baseline entry, one
 * added since or one whose list failed then, adds nothing until it has one.
 */
export function newCitations(
  collection: Collection,
  current: ReadonlyMap<PaperId, readonly PaperId[]>,
): NewCitations | null {
  const { baseline } = collection;
  if (!baseline) return null;
  const bySeed = new Map<PaperId, PaperId[]>();
  for (const seed of collection.seeds) {
    const before = baseline.citers[seed];
    const now = current.get(seed);
    if (!before || !now) continue;
    const known = new Set(before);
    const fresh = unique(now.filter((id) => !known.has(id)));
    if (fresh.length > 0) bySeed.set(seed, fresh);
  }
  return { since: baseline.at, bySeed, all: unique([...bySeed.values()].flat()) };
}

/**
 * The address that opens the collection's seeds as a graph under its name:
 * `?seeds=<id>,<id>…&name=<name>` on `base` (its own query and fragment dropped). Commas stay
 * unescaped, as in the app's other addresses; the name is URL-encoded.
 */
export function collectionLink(
  collection: Pick<Collection, 'name' | 'seeds'>,
  base: URL | string,
): string {
  const url = new URL(base);
  url.search = `?seeds=${collection.seeds.join(',')}&name=${encodeURIComponent(collection.name)}`;
  url.hash = '';
  return url.href;
}
