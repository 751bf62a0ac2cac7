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
