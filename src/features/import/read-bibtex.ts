// BibTeX and BibLaTeX (Zotero, JabRef, Google Scholar, publishers): the file is cut into entries
// at each line starting with `@type{` and citation-js reads every entry on its own, so an entry
// with an unclosed brace costs only itself. @string macros are given to every entry; @comment
// and @preamble are not entries.
import { z } from 'zod';
import type { CiteInput } from './citation-input';
import type { EntryFacts } from './entry-target';
import { plainText, shortLabel } from './plain-text';

interface Chunk {
  readonly line: number;
  readonly text: string;
}

const ENTRY_START = /^\s*@\s*([A-Za-z]+)\s*[{(]/;
const NOT_ENTRIES = new Set(['comment', 'preamble', 'string']);

function chunks(text: string): { entries: Chunk[]; strings: string[] } {
  const entries: Chunk[] = [];
  const strings: string[] = [];
  let current: { line: number; type: string; lines: string[] } | null = null;
  const close = () => {
    if (current === null) return;
    const chunk = { line: current.line, text: current.lines.join('\n') };
    if (current.type === 'string') strings.push(chunk.text);
    else if (!NOT_ENTRIES.has(current.type)) entries.push(chunk);
  };
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    const start = ENTRY_START.exec(line);
    if (start) {
      close();
      current = { line: index + 1, type: (start[1] ?? '').toLowerCase(), lines: [] };
    }
    current?.lines.push(line);
  });
  close();
  return { entries, strings };
}

const rawEntries = z.array(
  z.object({ label: z.string(), properties: z.record(z.string(), z.unknown()) }),
);
const cslItems = z.array(z.record(z.string(), z.unknown()));

function parse(input: CiteInput, text: string) {
  const raw = rawEntries.parse(input.chainLink(text));
  // The CSL of the same entries holds the title with its LaTeX turned into letters.
  // Forced: a list of plain objects would otherwise be taken for CSL-JSON as it is.
  const csl = cslItems.parse(
    input.chain(raw, { generateGraph: false, forceType: '@biblatex/entries+list' }),
  );
  return raw.map((entry, i) => ({ ...entry, csl: csl[i] ?? {} }));
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function eprintId(fields: Readonly<Record<string, unknown>>): string {
  const eprint = str(fields.eprint).trim();
  const kind = (str(fields.archiveprefix) || str(fields.eprinttype)).trim().toLowerCase();
  if (eprint === '') return '';
  if (kind === 'pubmed') return `PMID:${eprint}`;
  // Without a prefix an eprint is usually arXiv's; the parser rejects anything else.
  return kind === '' || kind === 'arxiv' ? `arXiv:${eprint}` : '';
}

function prefixed(scheme: string, value: unknown): string {
  const text = str(value).trim();
  return text === '' ? '' : `${scheme}:${text}`;
}

function firstLine(text: string): string {
  return shortLabel(text.split('\n', 1)[0] ?? text);
}

const KEY = /^\s*@\s*\w+\s*[{(]\s*([^,\s]+)\s*,/;

export function readBibtex(input: CiteInput, text: string): EntryFacts[] {
  const { entries, strings } = chunks(text);
  return entries.flatMap((chunk): EntryFacts[] => {
    let parsed: ReturnType<typeof parse>;
    try {
      parsed = parse(input, [...strings, chunk.text].join('\n'));
    } catch {
      // A broken @string must not spoil every entry: try the entry alone.
      try {
        parsed = parse(input, chunk.text);
      } catch {
        parsed = [];
      }
    }
    if (parsed.length === 0) {
      const key = KEY.exec(chunk.text)?.[1] ?? null;
      return [
        {
          line: chunk.line,
          key,
          title: null,
          ids: [],
          notes: [],
          fallbackLabel: key ?? firstLine(chunk.text),
          error: `This BibTeX entry (line ${chunk.line}) is malformed: check its braces, quotes and commas.`,
        },
      ];
    }
    return parsed.map(({ label, properties: fields, csl }) => ({
      line: chunk.line,
      key: label,
      title: plainText(str(csl.title)) || null,
      ids: [
        str(fields.doi),
        eprintId(fields),
        prefixed('PMID', fields.pmid),
        prefixed('PMCID', fields.pmcid),
        str(fields.url),
        // citation-js takes a link out of howpublished = {\url{…}}.
        str(csl.URL),
      ],
      notes: [str(fields.note), str(fields.annote)],
      fallbackLabel: label,
    }));
  });
}
