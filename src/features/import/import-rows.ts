// What the Import dialog lists: one row per entry, in entry order, nothing left out. A repeated
// entry is shown as a duplicate of its first occurrence (it shares that entry's lookup), and the
// seeds are the papers found plus the title matches the reader confirmed, each paper once.
import type { Paper } from '../../domain/paper';
import type { ImportEntry } from './import-entry';
import type { EntryOutcome } from './import-outcome';

export type RowKind = EntryOutcome['kind'] | 'duplicate';

export interface OutcomeRow {
  readonly entry: ImportEntry;
  readonly outcome: EntryOutcome;
  readonly kind: RowKind;
}

export function outcomeRows(
  entries: readonly ImportEntry[],
  outcomes: readonly EntryOutcome[],
): OutcomeRow[] {
  return entries.map((entry, i) => {
    const outcome = outcomes[i] ?? { kind: 'pending' };
    return { entry, outcome, kind: entry.duplicateOf === null ? outcome.kind : 'duplicate' };
  });
}

/** What an entry was looked up by, as the reader would recognise it. */
export function askedFor(entry: ImportEntry): string {
  const { target } = entry;
  if (target.kind === 'id') return target.id.apiId;
  if (target.kind === 'title') return `the title “${target.title}”`;
  return 'nothing';
}

const SUMMARY: readonly (readonly [RowKind, string])[] = [
  ['found', 'found'],
  ['found-by-title', 'found by title'],
  ['not-found', 'not found'],
  ['unreadable', 'unreadable'],
  ['duplicate', 'duplicate'],
  ['pending', 'not looked up yet'],
];

/** "42 found · 3 found by title · 2 not found · 1 unreadable · 1 duplicate". */
export function outcomeSummary(rows: readonly OutcomeRow[]): string {
  const counts = new Map<RowKind, number>();
  for (const { kind } of rows) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return SUMMARY.filter(([kind]) => kind !== 'pending' || counts.has('pending'))
    .map(([kind, words]) => `${counts.get(kind) ?? 0} ${words}`)
    .join(' · ');
}

/** Positions of the title matches still waiting for the reader's word. */
export function titleMatchPositions(rows: readonly OutcomeRow[]): number[] {
  return rows.filter((row) => row.kind === 'found-by-title').map((row) => row.entry.position);
}

/** Found papers and confirmed title matches (by entry position), in entry order, each once. */
export function chooseSeeds(rows: readonly OutcomeRow[], confirmed: ReadonlySet<number>): Paper[] {
  const seeds = new Map<string, Paper>();
  for (const { kind, outcome, entry } of rows) {
    if (kind === 'duplicate') continue;
    const use =
      outcome.kind === 'found' ||
      (outcome.kind === 'found-by-title' && confirmed.has(entry.position));
    if (use && !seeds.has(outcome.paper.id)) seeds.set(outcome.paper.id, outcome.paper);
  }
  return [...seeds.values()];
}
