// An import as a step of the exploration log: how many entries, what became of each kind, and
// the entries not found named, so a review can report what it could not include.
import type { LogDetail } from '../domain/exploration-log';
import type { ImportResult } from '../features/import/import-dialog';

/** Entries not found are named in the summary up to this many; the detail lists them all. */
const NAMED = 5;

export function describeImport(result: ImportResult): { summary: string; detail: LogDetail } {
  const counts = { found: 0, byTitle: 0, notFound: 0, unreadable: 0, pending: 0 };
  const notFound: string[] = [];
  const unreadable: string[] = [];
  result.outcomes.forEach((outcome, index) => {
    const label = result.entries[index]?.label ?? `entry ${index + 1}`;
    switch (outcome.kind) {
      case 'found':
        counts.found++;
        break;
      case 'found-by-title':
        counts.byTitle++;
        break;
      case 'not-found':
        counts.notFound++;
        notFound.push(label);
        break;
      case 'unreadable':
        counts.unreadable++;
        unreadable.push(label);
        break;
      case 'pending':
        counts.pending++;
        break;
    }
  });
  const named = notFound.slice(0, NAMED).join('; ');
  const more = notFound.length > NAMED ? `; ${notFound.length - NAMED} more` : '';
  const parts = [
    `${counts.found} found`,
    `${counts.byTitle} by title`,
    `${counts.notFound} not found${notFound.length > 0 ? ` (${named}${more})` : ''}`,
    `${counts.unreadable} unreadable`,
    ...(counts.pending > 0 ? [`${counts.pending} not looked up`] : []),
  ];
  return {
    summary: `Imported ${result.source}: ${result.outcomes.length} entries, ${parts.join(', ')}; ${result.seeds.length} seeds`,
    detail: {
      source: result.source,
      collection: result.name,
      entries: result.outcomes.length,
      found: counts.found,
      foundByTitle: counts.byTitle,
      notFound,
      unreadable,
      seeds: result.seeds.map((paper) => paper.id),
    },
  };
}
