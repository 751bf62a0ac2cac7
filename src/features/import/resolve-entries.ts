// Looking imported entries up on Semantic Scholar within a stated budget: the ids in batches of
// 500 (one request each), then one title match per distinct title-only entry. A repeated id or
// title is asked once and its outcome shared, so n entries never cost more than
// ⌈ids/500⌉ + titles requests.
import type { S2Client } from '../../api/types';
import type { ImportEntry } from './import-entry';
import { ImportInterruptedError, type EntryOutcome, type ResolveProgress } from './import-outcome';

/** POST /paper/batch takes at most 500 ids. */
export const IMPORT_BATCH_SIZE = 500;

export interface ResolveOptions {
  readonly signal?: AbortSignal;
  /** Called after every request with all outcomes so far. */
  readonly onProgress?: (progress: ResolveProgress) => void;
  /** Outcomes of an interrupted run: only the `pending` ones are looked up again. */
  readonly resume?: readonly EntryOutcome[];
}

type Lookup = Pick<S2Client, 'getPapers' | 'matchTitle'>;

function initial(entry: ImportEntry, resumed: EntryOutcome | undefined): EntryOutcome {
  if (resumed && resumed.kind !== 'pending') return resumed;
  return entry.target.kind === 'unreadable'
    ? { kind: 'unreadable', reason: entry.target.reason }
    : { kind: 'pending' };
}

function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true || (error instanceof Error && error.name === 'AbortError');
}

/** Every entry's outcome, in entry order. @throws {ImportInterruptedError} on a failed request. */
export async function resolveEntries(
  client: Lookup,
  entries: readonly ImportEntry[],
  options: ResolveOptions = {},
): Promise<EntryOutcome[]> {
  const { signal, onProgress, resume } = options;
  const outcomes = entries.map((entry, i) => initial(entry, resume?.[i]));
  let requests = 0;
  const report = () => {
    const done = outcomes.filter((o) => o.kind !== 'pending').length;
    onProgress?.({ requests, done, total: entries.length, outcomes: [...outcomes] });
  };
  // Entries waiting for each distinct id or title, so a duplicate shares one lookup.
  const byId = new Map<string, Group>();
  const byTitle = new Map<string, Group>();
  entries.forEach(({ target }, i) => {
    if (outcomes[i]?.kind !== 'pending') return;
    if (target.kind === 'id') push(byId, target.id.apiId.toLowerCase(), i, target.id.apiId);
    else if (target.kind === 'title') push(byTitle, target.title.toLowerCase(), i, target.title);
  });
  const settle = ({ waiting }: Group, outcome: EntryOutcome) => {
    for (const i of waiting) outcomes[i] = outcome;
  };

  try {
    const ids = [...byId.values()];
    for (let start = 0; start < ids.length; start += IMPORT_BATCH_SIZE) {
      const chunk = ids.slice(start, start + IMPORT_BATCH_SIZE);
      const papers = await client.getPapers(
        chunk.map((group) => group.asked),
        { signal },
      );
      requests += 1;
      chunk.forEach((group, k) => {
        const paper = papers[k] ?? null;
        settle(group, paper ? { kind: 'found', paper } : { kind: 'not-found' });
      });
      report();
    }
    for (const group of byTitle.values()) {
      const query = group.asked;
      const paper = await client.matchTitle(query, { signal });
      requests += 1;
      settle(group, paper ? { kind: 'found-by-title', paper, query } : { kind: 'not-found' });
      report();
    }
  } catch (error) {
    if (isAbort(error, signal)) throw error;
    throw new ImportInterruptedError([...outcomes], error);
  }
  return outcomes;
}

/** One lookup: what is asked, and the entries waiting for its answer. */
interface Group {
  readonly asked: string;
  readonly waiting: number[];
}

function push(map: Map<string, Group>, key: string, index: number, asked: string): void {
  const group = map.get(key);
  if (group) group.waiting.push(index);
  else map.set(key, { asked, waiting: [index] });
}
