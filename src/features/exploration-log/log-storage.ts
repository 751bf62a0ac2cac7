// The exploration log in IndexedDB, kept with its collection: one record per collection id (or
// SESSION_LOG_KEY when none is open), in a database of its own beside the collections and the
// query cache. The app's store is `createStore('citescope-log', 'logs')`; tests pass their own.
// What is read back is checked like any other input: a step that does not read as one is left
// out and counted, so the panel can say so, never shown half-read.
import { del, get, set, type UseStore } from 'idb-keyval';
import { z } from 'zod';
import {
  clip,
  EMPTY_LOG,
  isViewUrl,
  LOG_KINDS,
  MAX_LOG_ENTRIES,
  MAX_SUMMARY_LENGTH,
  type ExplorationLog,
  type LogEntry,
} from '../../domain/exploration-log';

/** The key of the log kept while no collection is open. */
export const SESSION_LOG_KEY = 'session';
/** The version of the stored record; a record of another version is not read as this one. */
const STORED_VERSION = 1;

const count = z.number().int().nonnegative();
const entrySchema = z.object({
  at: z.iso.datetime(),
  kind: z.enum(LOG_KINDS),
  // Cut as appendEntry cuts it, whoever wrote the record.
  summary: z.string().transform((text) => clip(text, MAX_SUMMARY_LENGTH)),
  url: z.string().refine(isViewUrl, 'not a view URL'),
  shown: z
    .object({ papers: count, references: count, citations: count, seeds: count.optional() })
    .nullable(),
  detail: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]))
    .optional(),
});
const recordSchema = z.object({
  version: z.literal(STORED_VERSION),
  dropped: count,
  entries: z.array(z.unknown()),
});

export interface LoadedLog {
  readonly log: ExplorationLog;
  /**
   * How many stored steps could not be read and were left out; a record that is not a log at
   * all counts as one. The next save writes the log without them.
   */
  readonly unreadable: number;
}

export async function loadLog(store: UseStore, key: string): Promise<LoadedLog> {
  const stored = await get<unknown>(key, store);
  if (stored === undefined) return { log: EMPTY_LOG, unreadable: 0 };
  const record = recordSchema.safeParse(stored);
  if (!record.success) return { log: EMPTY_LOG, unreadable: 1 };
  const entries: LogEntry[] = [];
  let unreadable = 0;
  for (const value of record.data.entries) {
    const entry = entrySchema.safeParse(value);
    if (entry.success) entries.push(entry.data);
    else unreadable += 1;
  }
  // A record written by hand may hold more than the log keeps: the oldest go, counted.
  const over = Math.max(0, entries.length - MAX_LOG_ENTRIES);
  return {
    log: { entries: entries.slice(over), dropped: record.data.dropped + over },
    unreadable,
  };
}

export function saveLog(store: UseStore, key: string, log: ExplorationLog): Promise<void> {
  return set(key, { version: STORED_VERSION, dropped: log.dropped, entries: log.entries }, store);
}

/** With its collection: a deleted collection leaves no log behind. */
export function deleteLog(store: UseStore, key: string): Promise<void> {
  return del(key, store);
}
