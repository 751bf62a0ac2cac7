// RIS (Zotero, EndNote, Mendeley, publishers): records run from a `TY  -` line to an `ER  -`
// line and citation-js reads each one on its own. Tag lines outside any record (a lost `TY`) are
// an unreadable entry of their own rather than glued to a neighbour.
import { z } from 'zod';
import type { CiteInput } from './citation-input';
import type { EntryFacts } from './entry-target';
import { plainText, shortLabel } from './plain-text';

interface Chunk {
  readonly line: number;
  readonly lines: string[];
  readonly record: boolean;
}

const TAG = /^([A-Z][A-Z0-9]) {2}-(?: |$)/;

function chunks(text: string): Chunk[] {
  const found: Chunk[] = [];
  let current: Chunk | null = null;
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    const tag = TAG.exec(line.trimStart())?.[1];
    if (tag === 'TY' || (current === null && tag !== undefined && tag !== 'ER')) {
      current = { line: index + 1, lines: [], record: tag === 'TY' };
      found.push(current);
    }
    current?.lines.push(line);
    if (tag === 'ER') current = null;
  });
  return found;
}

const records = z.array(z.record(z.string(), z.unknown()));

const values = (value: unknown): string[] =>
  (Array.isArray(value) ? (value as unknown[]) : [value]).filter((v) => typeof v === 'string');

function facts(input: CiteInput, chunk: Chunk): EntryFacts[] {
  const raw = records.parse(input.chainLink(chunk.lines.join('\n')));
  const csl = records.parse(input.chain(raw, { generateGraph: false }));
  return raw.map((record, i) => {
    const title = values(csl[i]?.title)[0] ?? values(record.TI)[0] ?? values(record.T1)[0] ?? '';
    return {
      line: chunk.line,
      key: values(record.ID)[0] ?? null,
      title: plainText(title) || null,
      ids: [
        ...values(record.DO),
        ...['UR', 'L1', 'L2', 'L3', 'L4'].flatMap((t) => values(record[t])),
      ],
      // Zotero writes its "extra" (PMID: …, arXiv: …) and arXiv's own note into N1 and M3.
      notes: [...values(record.N1), ...values(record.M3)],
      fallbackLabel: shortLabel(chunk.lines[0] ?? ''),
    };
  });
}

export function readRis(input: CiteInput, text: string): EntryFacts[] {
  return chunks(text).flatMap((chunk): EntryFacts[] => {
    const unreadable = (error: string): EntryFacts[] => [
      {
        line: chunk.line,
        key: null,
        title: null,
        ids: [],
        notes: [],
        fallbackLabel: shortLabel(chunk.lines[0] ?? ''),
        error,
      },
    ];
    if (!chunk.record) {
      return unreadable(
        `These RIS lines (from line ${chunk.line}) are not inside a record: its TY line is missing.`,
      );
    }
    try {
      const read = facts(input, chunk);
      return read.length > 0 ? read : unreadable(`This RIS record (line ${chunk.line}) is empty.`);
    } catch {
      return unreadable(`This RIS record (line ${chunk.line}) is malformed.`);
    }
  });
}
