// The `fields` parameter: which fields a request may name, and projecting a paper onto them.
// `paperId` always comes back; without `fields` only `paperId` and `title` do (documented;
// recorded with fields=title). An unknown name is a 400 naming it (recorded body).
import type { TwinDataset } from './dataset';
import type { WireEdgeFacts, WireObject, WirePaper, WireUnresolvedPaper } from './wire-types';

const LINK_PAPER_FIELDS = [
  'paperId',
  'corpusId',
  'externalIds',
  'url',
  'title',
  'abstract',
  'venue',
  'publicationVenue',
  'year',
  'referenceCount',
  'citationCount',
  'influentialCitationCount',
  'isOpenAccess',
  'openAccessPdf',
  'fieldsOfStudy',
  's2FieldsOfStudy',
  'publicationTypes',
  'publicationDate',
  'journal',
  'citationStyles',
  'authors',
] as const;

// Paper details, batch and search also serve `tldr`. The nested paper of /citations and
// /references does not (documented schema of citingPaper/citedPaper; absent from the recorded
// items). `embedding` is a real field the twin does not serve.
export const PAPER_FIELDS: ReadonlySet<string> = new Set([...LINK_PAPER_FIELDS, 'tldr']);

/** The lists a paper embeds on details and batch (not on search: undocumented there). */
const NESTED_LISTS = ['citations', 'references'] as const;
type NestedList = (typeof NESTED_LISTS)[number];

/**
 * Details and batch also take the embedded lists, bare or with dotted fields of the listed
 * papers (`references.paperId`, `citations.title`; documented). Any other dotted name is
 * unknown and gets the usual 400.
 */
export const DETAIL_FIELDS: ReadonlySet<string> = new Set([
  ...PAPER_FIELDS,
  ...NESTED_LISTS.flatMap((list) => [list, ...LINK_PAPER_FIELDS.map((f) => `${list}.${f}`)]),
]);

/**
 * The embedded lists stop at 1,000 entries: documented ("up to 1000 will be returned") and
 * recorded on details (1,000 of 10,059 citations).
 */
export const NESTED_LIST_CAP = 1000;

export const EDGE_FIELDS: ReadonlySet<string> = new Set([
  'contexts',
  'intents',
  'contextsWithIntent',
  'isInfluential',
]);
export const LINK_FIELDS: ReadonlySet<string> = new Set([...LINK_PAPER_FIELDS, ...EDGE_FIELDS]);

export type FieldsResult =
  | { readonly ok: true; readonly fields: readonly string[] }
  | { readonly ok: false; readonly unknown: readonly string[] };

/** Splits a `fields` value and checks every name against what the endpoint accepts. */
export function parseFields(raw: string | null, allowed: ReadonlySet<string>): FieldsResult {
  if (raw === null || raw.trim() === '') return { ok: true, fields: ['title'] };
  const names = [...new Set(raw.split(',').map((name) => name.trim()))].filter(Boolean);
  const unknown = names.filter((name) => !allowed.has(name));
  return unknown.length > 0 ? { ok: false, unknown } : { ok: true, fields: names };
}

function bibtex(paper: WirePaper): string {
  const surname = paper.authors?.[0]?.name.split(' ').pop() ?? 'Anon';
  const key = `${surname}${paper.year ?? ''}${paper.title.split(' ')[0] ?? ''}`;
  const authors = (paper.authors ?? []).map((author) => author.name).join(' and ');
  const year = paper.year === null ? '' : `,\n year = {${paper.year}}`;
  return `@Article{${key},\n author = {${authors}},\n title = {${paper.title}}${year}\n}\n`;
}

/** The paper with `paperId` plus the requested fields; edge fields are ignored here. */
export function projectPaper(paper: WirePaper, fields: readonly string[]): WireObject {
  const out: WireObject = { paperId: paper.paperId };
  for (const field of fields) {
    if (field === 'citationStyles') out[field] = { bibtex: bibtex(paper) };
    else if (field in paper) out[field] = paper[field as keyof WirePaper];
  }
  return out;
}

/**
 * An unresolved entry: every requested field null except `title`, `year`, `venue` (recorded as
 * the title repeated) and `authors` (recorded as []).
 */
export function projectUnresolved(
  paper: WireUnresolvedPaper,
  fields: readonly string[],
): WireObject {
  const out: WireObject = { paperId: null };
  for (const field of fields) {
    if (EDGE_FIELDS.has(field)) continue;
    if (field === 'title' || field === 'venue') out[field] = paper.title;
    else if (field === 'year') out[field] = paper.year;
    else if (field === 'authors') out[field] = [];
    else if (field !== 'paperId') out[field] = null;
  }
  return out;
}

/** The edge's own requested fields. */
export function projectEdge(edge: WireEdgeFacts, fields: readonly string[]): WireObject {
  const out: WireObject = {};
  for (const field of fields) {
    if (field === 'contexts') out[field] = [...edge.contexts];
    else if (field === 'intents') out[field] = [...edge.intents];
    else if (field === 'isInfluential') out[field] = edge.isInfluential;
    else if (field === 'contextsWithIntent')
      out[field] = edge.contextsWithIntent.map(({ context, intents }) => ({
        context,
        intents: [...intents],
      }));
  }
  return out;
}

/** The fields asked of one embedded list: a bare list name means `paperId` and `title`. */
function nestedFields(list: NestedList, fields: readonly string[]): string[] {
  return fields.flatMap((field) =>
    field === list ? ['title'] : field.startsWith(`${list}.`) ? [field.slice(list.length + 1)] : [],
  );
}

/**
 * The embedded `citations` and `references` a request asks for, in list order with the
 * dataset's repeats, unresolved entries as `paperId: null` plus their known fields.
 */
export function projectLists(
  dataset: TwinDataset,
  paperId: string,
  fields: readonly string[],
): WireObject {
  const out: WireObject = {};
  for (const list of NESTED_LISTS) {
    const wanted = nestedFields(list, fields);
    if (wanted.length === 0) continue;
    const entries = (dataset[list].get(paperId) ?? []).slice(0, NESTED_LIST_CAP);
    out[list] = entries.map((entry) => {
      const paper = entry.paperId === null ? undefined : dataset.papers.get(entry.paperId);
      if (paper) return projectPaper(paper, wanted);
      return entry.unresolved ? projectUnresolved(entry.unresolved, wanted) : { paperId: null };
    });
  }
  return out;
}
