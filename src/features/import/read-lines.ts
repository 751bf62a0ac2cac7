// Pasted text: one DOI, arXiv id or link, PubMed id or Semantic Scholar link per line. A line
// that is no identifier is taken as a title; blank lines are skipped.
import type { EntryFacts } from './entry-target';
import { plainText, shortLabel } from './plain-text';
import { parsePaperInput } from '../../domain/identifier';

export function readLines(text: string): EntryFacts[] {
  return text.split(/\r\n|\r|\n/).flatMap((raw, index): EntryFacts[] => {
    const line = plainText(raw);
    if (line === '') return [];
    const isTitle = (() => {
      try {
        return parsePaperInput(line).kind === 'title';
      } catch {
        return false;
      }
    })();
    return [
      {
        line: index + 1,
        key: null,
        title: isTitle ? line : null,
        ids: isTitle ? [] : [line],
        notes: [],
        fallbackLabel: shortLabel(line),
      },
    ];
  });
}
