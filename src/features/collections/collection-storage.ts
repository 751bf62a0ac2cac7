// Collections in IndexedDB, in a database of their own beside the query cache (never inside it:
// clearing the cache must not lose a month of seeds). What is read back is checked like any
// other input; an entry that does not read as a collection is reported, never shown half-read.
// The app's store is `createStore('citescope-collections', 'collections')`; tests pass their own.
import { del, entries, set, type UseStore } from 'idb-keyval';
import { z } from 'zod';
import { collectionName, type Collection } from '../../domain/collection';
import { isPaperId, toPaperId, type PaperId } from '../../domain/paper';

const stamp = z.iso.datetime();
const paperId = z
  .string()
  .refine(isPaperId, 'not a Semantic Scholar paperId')
  .transform((id) => toPaperId(id));
// Entries written before "What's new" have no baseline: they read as never checked.
const baselineSchema = z
  .object({ at: stamp, citers: z.record(z.string(), z.array(paperId)) })
  .transform(({ at, citers }, context) => {
    const byId: Record<PaperId, readonly PaperId[]> = {};
    for (const [seed, ids] of Object.entries(citers)) {
      if (!isPaperId(seed)) {
        context.addIssue({ code: 'custom', message: 'a baseline key is not a paperId' });
        return z.NEVER;
      }
      byId[seed] = ids;
    }
    return { at, citers: byId };
  })
  .nullable()
  .default(null);

const collectionSchema = z.object({
  id: z.string().min(1),
  name: z.string().transform((name, context) => {
    try {
      return collectionName(name);
    } catch {
      context.addIssue({ code: 'custom', message: 'not a collection name' });
      return z.NEVER;
    }
  }),
  seeds: z.array(paperId),
  createdAt: stamp,
  updatedAt: stamp,
  lastChecked: stamp.nullable(),
  baseline: baselineSchema,
});

export interface StoredCollections {
  /** Most recently changed first. */
  readonly collections: readonly Collection[];
  /** Keys of entries that could not be read as a collection (kept, not deleted). */
  readonly unreadable: readonly string[];
}

export async function listCollections(store: UseStore): Promise<StoredCollections> {
  const collections: Collection[] = [];
  const unreadable: string[] = [];
  // Keys are collection ids: strings (anything else was not written here).
  for (const [key, value] of await entries<string, unknown>(store)) {
    const result = collectionSchema.safeParse(value);
    if (result.success && result.data.id === key) collections.push(result.data);
    else unreadable.push(typeof key === 'string' ? key : JSON.stringify(key));
  }
  collections.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
  return { collections, unreadable };
}

export function saveCollection(store: UseStore, collection: Collection): Promise<void> {
  return set(collection.id, collection, store);
}

export function deleteCollection(store: UseStore, id: string): Promise<void> {
  return del(id, store);
}
