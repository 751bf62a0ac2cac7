// Wire → domain for papers and link entries. Ids are branded here, after the schema has checked
// their shape, and every text a person reads is cleaned of the invisible characters that could
// disguise it (cleanText): nothing raw travels further than this file.
import { cleanText } from '../domain/clean-text';
import {
  toPaperId,
  type AnyPaper,
  type Author,
  intentSet,
  type CitationContext,
  type CitationLink,
  type ExternalIds,
  type LinkPage,
  type Paper,
  type PaperFields,
} from '../domain/paper';
import type {
  citationPageSchema,
  referencePageSchema,
  WirePaper,
  WireResolvedPaper,
} from './schemas';
import type { z } from 'zod';

type WireExternalIds = NonNullable<WirePaper['externalIds']>;

const clean = (value: string | null | undefined): string | null =>
  value === null || value === undefined ? null : cleanText(value);

const asText = (value: string | number | null | undefined): string | undefined =>
  value === null || value === undefined || value === '' ? undefined : String(value);

function mapExternalIds(
  ids: WireExternalIds | null | undefined,
  corpusId: number | null | undefined,
): ExternalIds {
  const result: { -readonly [K in keyof ExternalIds]: ExternalIds[K] } = {};
  const put = (
    key: Exclude<keyof ExternalIds, 'corpusId'>,
    value: string | number | null | undefined,
  ) => {
    const text = asText(value);
    if (text !== undefined) result[key] = text;
  };
  put('doi', ids?.DOI);
  put('arxiv', ids?.ArXiv);
  put('pubmed', ids?.PubMed);
  put('pubmedCentral', ids?.PubMedCentral);
  put('acl', ids?.ACL);
  put('mag', ids?.MAG);
  put('dblp', ids?.DBLP);
  const corpus = Number(ids?.CorpusId ?? corpusId ?? Number.NaN);
  if (Number.isInteger(corpus)) result.corpusId = corpus;
  return result;
}

function mapAuthors(authors: WirePaper['authors']): Author[] {
  // An author without a name has nothing to show; the paper itself is kept regardless.
  return authors.flatMap((author) =>
    author.name ? [{ id: author.authorId ?? null, name: cleanText(author.name) }] : [],
  );
}

/**
 * `fieldsOfStudy` (external sources) is often null where S2's own classifier has answered in
 * `s2FieldsOfStudy` (recorded), so the two are merged, external ones first, without repeats.
 */
function mapFieldsOfStudy(wire: WirePaper): string[] {
  const s2 = wire.s2FieldsOfStudy.flatMap((field) => (field.category ? [field.category] : []));
  return [...new Set([...wire.fieldsOfStudy, ...s2])];
}

function mapFields(wire: WirePaper): PaperFields {
  const journal = wire.journal;
  return {
    title: clean(wire.title),
    abstract: clean(wire.abstract),
    tldr: clean(wire.tldr?.text),
    year: wire.year ?? null,
    publicationDate: wire.publicationDate ?? null,
    venue: clean(wire.venue),
    journal:
      journal && (journal.name ?? journal.volume ?? journal.pages) !== null
        ? { name: clean(journal.name), volume: clean(journal.volume), pages: clean(journal.pages) }
        : null,
    authors: mapAuthors(wire.authors),
    citationCount: wire.citationCount ?? null,
    referenceCount: wire.referenceCount ?? null,
    influentialCitationCount: wire.influentialCitationCount ?? null,
    fieldsOfStudy: mapFieldsOfStudy(wire),
    publicationTypes: wire.publicationTypes,
    isOpenAccess: wire.isOpenAccess ?? null,
    openAccessPdfUrl: wire.openAccessPdf?.url ?? null,
    url: wire.url,
    externalIds: mapExternalIds(wire.externalIds, wire.corpusId),
  };
}

/** A list entry: resolved when it has a `paperId`, otherwise kept as an UnresolvedPaper. */
export function mapAnyPaper(wire: WirePaper): AnyPaper {
  const fields = mapFields(wire);
  return wire.paperId ? { ...fields, id: toPaperId(wire.paperId) } : { ...fields, id: null };
}

export function mapPaper(wire: WireResolvedPaper): Paper {
  return { ...mapFields(wire), id: toPaperId(wire.paperId) };
}

type CitationPage = z.output<typeof citationPageSchema>;
type ReferencePage = z.output<typeof referencePageSchema>;

type WireLink = CitationPage['data'][number] | ReferencePage['data'][number];

/**
 * Each sentence with its own intents (`contextsWithIntent`), then any sentence that only
 * `contexts` holds, without intents: a sentence is never shown twice and never dropped.
 */
function mapContexts(item: WireLink): CitationContext[] {
  const contexts: CitationContext[] = [];
  const seen = new Set<string>();
  const add = (raw: string | null | undefined, intents: readonly string[]): void => {
    const text = raw ? cleanText(raw).trim() : '';
    if (text === '' || seen.has(text)) return;
    seen.add(text);
    contexts.push({ text, intents: intentSet(intents) });
  };
  for (const entry of item.contextsWithIntent) add(entry.context, entry.intents);
  for (const context of item.contexts) add(context, []);
  return contexts;
}

function mapLink(item: WireLink): CitationLink {
  const contexts = mapContexts(item);
  return {
    paper: mapAnyPaper('citingPaper' in item ? item.citingPaper : item.citedPaper),
    isInfluential: item.isInfluential,
    intents: intentSet([...item.intents, ...contexts.flatMap((context) => context.intents)]),
    contexts,
  };
}

export function mapLinkPage(wire: CitationPage | ReferencePage): LinkPage {
  return { offset: wire.offset, next: wire.next ?? null, links: wire.data.map(mapLink) };
}
