import { describe, expect, it } from 'vitest';
import { mapAnyPaper, mapLinkPage, mapPaper } from './map-paper';
import {
  autocompleteSchema,
  batchSchema,
  citationPageSchema,
  paperSchema,
  referencePageSchema,
  resolvedPaperSchema,
  searchSchema,
} from './schemas';

const ID = 'a'.repeat(40);

const fullWire = {
  paperId: ID,
  corpusId: 123,
  externalIds: { DOI: '10.1000/XYZ.1', ArXiv: '2101.00001', MAG: 42, CorpusId: 123 },
  url: `https://www.semanticscholar.org/paper/${ID}`,
  title: 'A Study of Things',
  abstract: 'We study things.',
  venue: 'Journal of Things',
  publicationVenue: { id: 'v1', name: 'Journal of Things', type: 'journal', url: null },
  year: 2020,
  referenceCount: 10,
  citationCount: 20,
  influentialCitationCount: 3,
  isOpenAccess: true,
  openAccessPdf: { url: 'https://example.org/paper.pdf', status: 'GREEN', license: 'CCBY' },
  fieldsOfStudy: ['Computer Science'],
  s2FieldsOfStudy: [
    { category: 'Computer Science', source: 'external' },
    { category: 'Mathematics', source: 's2-fos-model' },
  ],
  publicationTypes: ['JournalArticle'],
  publicationDate: '2020-05-01',
  journal: { name: 'Journal of Things', volume: '7', pages: '1-10' },
  authors: [
    { authorId: '1', name: 'A. Author' },
    { authorId: null, name: 'B. Author' },
  ],
  tldr: { model: 'tldr@v2', text: 'Things are studied.' },
  somethingNew: { the: 'API may add keys' },
};

describe('paper schema and mapping', () => {
  it('maps every field the domain knows', () => {
    const paper = mapPaper(resolvedPaperSchema.parse(fullWire));
    expect(paper).toEqual({
      id: ID,
      title: 'A Study of Things',
      abstract: 'We study things.',
      tldr: 'Things are studied.',
      year: 2020,
      publicationDate: '2020-05-01',
      venue: 'Journal of Things',
      journal: { name: 'Journal of Things', volume: '7', pages: '1-10' },
      authors: [
        { id: '1', name: 'A. Author' },
        { id: null, name: 'B. Author' },
      ],
      citationCount: 20,
      referenceCount: 10,
      influentialCitationCount: 3,
      fieldsOfStudy: ['Computer Science', 'Mathematics'],
      publicationTypes: ['JournalArticle'],
      isOpenAccess: true,
      openAccessPdfUrl: 'https://example.org/paper.pdf',
      url: `https://www.semanticscholar.org/paper/${ID}`,
      externalIds: { doi: '10.1000/XYZ.1', arxiv: '2101.00001', mag: '42', corpusId: 123 },
    });
  });

  it('reads nulls, "" and missing keys as unknown values and empty lists', () => {
    const paper = mapPaper(
      resolvedPaperSchema.parse({
        paperId: ID,
        venue: '',
        year: null,
        authors: null,
        fieldsOfStudy: null,
        publicationTypes: null,
        journal: { name: '', volume: '' },
        openAccessPdf: { url: '', status: null },
        tldr: null,
        externalIds: null,
        citations: null,
        references: null,
      }),
    );
    expect(paper).toMatchObject({
      venue: null,
      year: null,
      authors: [],
      fieldsOfStudy: [],
      publicationTypes: [],
      journal: null,
      openAccessPdfUrl: null,
      tldr: null,
      title: null,
      externalIds: {},
    });
  });

  it('keeps an entry without paperId as an unresolved paper', () => {
    const paper = mapAnyPaper(
      paperSchema.parse({ paperId: null, title: 'Some report', year: 1999 }),
    );
    expect(paper).toMatchObject({ id: null, title: 'Some report', year: 1999 });
  });

  it('refuses a paperId that is not 40 hex characters', () => {
    expect(paperSchema.safeParse({ paperId: 'CorpusId:1', title: 'x' }).success).toBe(false);
    expect(resolvedPaperSchema.safeParse({ title: 'no id' }).success).toBe(false);
  });
});

describe('link pages', () => {
  it('maps citations with their edge facts and keeps unresolved entries', () => {
    const page = mapLinkPage(
      citationPageSchema.parse({
        offset: 0,
        next: 2,
        data: [
          {
            isInfluential: true,
            intents: ['methodology'],
            contexts: ['as shown in [4]'],
            contextsWithIntent: [{ context: 'as shown in [4]', intents: ['methodology'] }],
            citingPaper: { paperId: ID, title: 'Citing' },
          },
          { citingPaper: { paperId: null, title: 'A bibliography string' } },
        ],
      }),
    );
    expect(page.next).toBe(2);
    expect(page.links).toHaveLength(2);
    expect(page.links[0]).toMatchObject({
      isInfluential: true,
      intents: ['methodology'],
      contexts: [{ text: 'as shown in [4]', intents: ['methodology'] }],
      paper: { id: ID, title: 'Citing' },
    });
    expect(page.links[1]).toMatchObject({
      isInfluential: false,
      intents: [],
      contexts: [],
      paper: { id: null, title: 'A bibliography string' },
    });
  });

  it('gives each sentence its own intents, keeps sentences only `contexts` has, and never repeats one', () => {
    const page = mapLinkPage(
      citationPageSchema.parse({
        offset: 0,
        data: [
          {
            isInfluential: false,
            intents: ['background', 'result', 'praise'],
            contexts: ['We use [4].', 'Unlike [4], we', '  '],
            contextsWithIntent: [
              { context: 'We use [4].', intents: ['methodology', null] },
              { context: 'Others found [4].', intents: ['background'] },
              { context: null, intents: ['result'] },
              { context: 'We use [4].', intents: ['background'] },
            ],
            citingPaper: { paperId: ID },
          },
        ],
      }),
    );
    expect(page.links[0]?.contexts).toEqual([
      { text: 'We use [4].', intents: ['methodology'] },
      { text: 'Others found [4].', intents: ['background'] },
      { text: 'Unlike [4], we', intents: [] },
    ]);
    // The edge's own intents and every sentence's, in one order, the unknown one left out.
    expect(page.links[0]?.intents).toEqual(['background', 'methodology', 'result']);
  });

  it('keeps markup in a context as the text it is', () => {
    const html = '<img src=x onerror="alert(1)"> as in $\\alpha$ [4]';
    const page = mapLinkPage(
      citationPageSchema.parse({
        offset: 0,
        data: [
          { contextsWithIntent: [{ context: html, intents: [] }], citingPaper: { paperId: ID } },
        ],
      }),
    );
    expect(page.links[0]?.contexts[0]?.text).toBe(html);
  });

  it('reads a last page without next, for references too', () => {
    const page = mapLinkPage(
      referencePageSchema.parse({ offset: 50, data: [{ citedPaper: { paperId: ID } }] }),
    );
    expect(page).toMatchObject({ offset: 50, next: null });
    expect(page.links[0]?.paper.id).toBe(ID);
  });
});

describe('text that could disguise itself', () => {
  // A right-to-left override, an isolate, a direction mark and zero-width characters; the ZWJ of
  // the emoji family must stay.
  const spoof = (text: string) => `\u202E${text}\u2066\u200B\u200F\uFEFF`;
  const family = '👩\u200D👧';

  it('is cleaned in every text field of a paper and an edge', () => {
    const page = mapLinkPage(
      citationPageSchema.parse({
        offset: 0,
        data: [
          {
            isInfluential: false,
            intents: [],
            contexts: [spoof('as shown in [4]')],
            citingPaper: {
              ...fullWire,
              title: spoof(`Title ${family}`),
              abstract: spoof('Abstract'),
              venue: spoof('Venue'),
              journal: { name: spoof('Journal'), volume: spoof('7'), pages: spoof('1-10') },
              authors: [{ authorId: '1', name: spoof('Author') }],
            },
          },
        ],
      }),
    );
    const link = page.links[0];
    expect(link?.contexts).toEqual([{ text: 'as shown in [4]', intents: [] }]);
    expect(link?.paper).toMatchObject({
      title: `Title ${family}`,
      abstract: 'Abstract',
      venue: 'Venue',
      journal: { name: 'Journal', volume: '7', pages: '1-10' },
      authors: [{ id: '1', name: 'Author' }],
    });
    const detail = mapPaper(
      resolvedPaperSchema.parse({ ...fullWire, tldr: { text: spoof('Short') } }),
    );
    expect(detail.tldr).toBe('Short');
  });
});

describe('other answers', () => {
  it('keeps nulls in a batch answer', () => {
    expect(batchSchema.parse([null, { paperId: ID }, null])).toHaveLength(3);
  });

  it('reads a search without results, which has no data key', () => {
    expect(searchSchema.parse({ total: 0, offset: 0 })).toMatchObject({ total: 0, data: [] });
  });

  it('reads autocomplete matches', () => {
    expect(
      autocompleteSchema.parse({ matches: [{ id: ID, title: 'T', authorsYear: 'A et al., 2020' }] })
        .matches,
    ).toEqual([{ id: ID, title: 'T', authorsYear: 'A et al., 2020' }]);
  });
});
