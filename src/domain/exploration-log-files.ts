// The exploration log as files a review can keep: a documented JSON and a CSV for spreadsheets.
//
// The exported JSON (`logToJson`), version 1:
//   {
//     "format": "citescope-exploration-log", "version": 1,
//     "exportedAt": ISO 8601,
//     "collection": { "id", "name", "seeds": [paperId…] } or null (a session without one),
//     "dropped": how many of the earliest steps are no longer kept (the log keeps the latest),
//     "entries": [ { "at": ISO 8601, "kind", "summary": plain text, "url": reproduces the view,
//                    "shown": { "papers", "references", "citations", "seeds"? } or null,
//                    "detail"?: { name: string | number | boolean | string[] } } … ]  oldest first
//   }
// A reader must refuse another `format` and a `version` it does not know; later versions add
// fields, never change the meaning of these.
import { csvCell } from './csv-cell';
import type { ExplorationLog, LogDetail } from './exploration-log';

export const LOG_FORMAT = 'citescope-exploration-log';
export const LOG_FORMAT_VERSION = 1;

export interface LogMeta {
  readonly collection?: {
    readonly id: string;
    readonly name: string;
    readonly seeds: readonly string[];
  };
  /** ISO 8601. */
  readonly exportedAt: string;
}

/** The documented JSON of the log (see the top of this file). */
export function logToJson(log: ExplorationLog, meta: LogMeta): string {
  const { collection } = meta;
  const file = {
    format: LOG_FORMAT,
    version: LOG_FORMAT_VERSION,
    exportedAt: meta.exportedAt,
    collection: collection
      ? { id: collection.id, name: collection.name, seeds: [...collection.seeds] }
      : null,
    dropped: log.dropped,
    entries: log.entries,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export const LOG_CSV_COLUMNS = [
  'at',
  'kind',
  'summary',
  'url',
  'papers',
  'references',
  'citations',
  'seeds',
  'detail',
] as const;

// Inside a JSON string, the characters that could start a formula in a spreadsheet (= + - @ and
// what folds to them), the list separators after which a spreadsheet may start a new cell (, ;)
// and control characters are written as \u escapes: the cell stays JSON that parses back to the
// same detail, and nothing in it looks like a formula to the guard or to a spreadsheet. Outside
// strings nothing else needs it: a `,` is always followed by a quoted name or string, and numbers
// (a minus sign among them) and booleans only follow `:`, where no spreadsheet splits a cell.
const FORMULA_STARTS = new Set(['=', '+', '-', '@']);
const escape = (char: string) =>
  char
    .split('')
    .map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('');
const risky = (char: string) =>
  char === ',' ||
  char === ';' ||
  /[\p{Cc}\u2028\u2029]/u.test(char) ||
  FORMULA_STARTS.has(char.normalize('NFKC').charAt(0));

function detailJson(detail: LogDetail): string {
  return JSON.stringify(detail).replace(/"(?:[^"\\]|\\.)*"/gu, (string) =>
    string.replace(/[^\w"\\ .:/]/gu, (char) => (risky(char) ? escape(char) : char)),
  );
}

/** One row a step, oldest first; `detail` as JSON; every cell guarded against formulas. */
export function logToCsv(log: ExplorationLog): string {
  const rows = log.entries.map(({ at, kind, summary, url, shown, detail }) => [
    at,
    kind,
    summary,
    url,
    shown?.papers ?? null,
    shown?.references ?? null,
    shown?.citations ?? null,
    shown?.seeds ?? null,
    detail ? detailJson(detail) : null,
  ]);
  return [LOG_CSV_COLUMNS, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
