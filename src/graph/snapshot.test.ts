import { describe, expect, it } from 'vitest';
import { link, paper, unresolved, unresolvedLink } from '../test-support/papers';
import { NO_FILTERS } from './filters';
import { SNAPSHOT_LIMITS } from './snapshot-schema';
import {
  checkSnapshotSize,
  InvalidSnapshotError,
  MAX_SNAPSHOT_BYTES,
  parseSnapshot,
  serializeSnapshot,
  toSnapshot,
  type InvalidSnapshotReason,
  type ViewSnapshot,
} from './snapshot';

const centre = paper(1, {
  title: 'Attention Is All You Need',
  year: 2017,
  publicationDate: '2017-06-12',
  venue: 'NeurIPS',
  journal: { name: 'ArXiv', volume: 'abs/1706.03762', pages: null },
  authors: [
    { id: '40348417', name: 'Ashish Vaswani' },
    { id: null, name: 'Noam Shazeer' },
  ],
  citationCount: 120_000,
  referenceCount: 41,
  influentialCitationCount: 9_000,
  fieldsOfStudy: ['Computer Science'],
  publicationTypes: ['JournalArticle', 'Conference'],
  isOpenAccess: true,
  openAccessPdfUrl: 'https://example.org/attention.pdf',
  url: 'https://example.org/paper/1',
  externalIds: { doi: '10.48550/arXiv.1706.03762', arxiv: '1706.03762', corpusId: 13756489 },
  abstract: 'The dominant sequence transduction models… “quoted” <b>bold</b> \n new line',
  tldr: 'A new architecture.',
});

function snapshot(): ViewSnapshot {
  return toSnapshot({
    createdAt: new Date('2024-05-01T10:20:30.456Z'),
    centre,
    references: [
      {
        ...link(paper(2, { year: 2014 }), true),
        intents: ['methodology'],
        contexts: [{ text: 'as in', intents: ['methodology'] }],
      },
      unresolvedLink('Some unmatched bibliography entry'),
      link(unresolved('Another one', { year: 1999, authors: [{ id: null, name: 'X' }] })),
    ],
    citations: [link(paper(3, { citationCount: 0, externalIds: { dblp: 'conf/x/Y' } }))],
    filters: {
      ...NO_FILTERS,
      yearFrom: 2000,
      minCitations: 5,
      text: 'attention',
      influentialOnly: true,
      intents: ['result', 'none'],
    },
    layout: 'timeline',
    positions: {
      [centre.id]: { x: 0, y: 0 },
      [paper(2).id]: { x: -123.456789012345, y: 1e-7 },
      [paper(3).id]: { x: 0.1 + 0.2, y: -0 },
    },
    selectedKey: paper(2).id,
  });
}

function withChange(change: (json: Record<string, unknown>) => void): string {
  const json = JSON.parse(serializeSnapshot(snapshot())) as Record<string, unknown>;
  change(json);
  return JSON.stringify(json);
}

describe('view snapshots', () => {
  it('round-trips exactly, ids branded again', () => {
    const original = snapshot();
    const restored = parseSnapshot(serializeSnapshot(original));
    expect(restored).toStrictEqual(original);
    expect(restored.centre.id).toBe(centre.id);
    expect(restored.positions[paper(3).id]).toEqual({ x: 0.30000000000000004, y: 0 });
  });

  it('leaves out positions JSON cannot hold', () => {
    const { createdAt: _, ...rest } = snapshot();
    const taken = toSnapshot({
      ...rest,
      positions: { [paper(2).id]: { x: Number.NaN, y: 1 }, [paper(3).id]: { x: 1, y: Infinity } },
    });
    expect(taken.positions).toEqual({});
  });

  it('writes pretty JSON with format version 3, which names no API', () => {
    const text = serializeSnapshot(snapshot());
    expect(text).toContain('\n  "version": 3,\n');
    const json = JSON.parse(text) as Record<string, unknown>;
    expect(json).toMatchObject({ version: 3, layout: 'timeline' });
    expect(json).not.toHaveProperty('apiBaseUrl');
  });

  it('keeps the lists of the papers expanded in place, and opens an older file with none', () => {
    const expansions = [
      { id: paper(2).id, references: [link(paper(20))], citations: [link(paper(21), true)] },
    ];
    const { createdAt: _, ...rest } = snapshot();
    const grown = toSnapshot({ ...rest, expansions });
    expect(parseSnapshot(serializeSnapshot(grown)).expansions).toStrictEqual(expansions);
    const v2 = withChange((j) => {
      j.version = 2;
      delete j.expansions;
    });
    expect(parseSnapshot(v2)).toStrictEqual(snapshot());
    const bad = withChange((j) => {
      j.expansions = [{ id: 'not-an-id', references: [], citations: [] }];
    });
    expect(() => parseSnapshot(bad)).toThrow(/expansions\[0\]\.id/);
  });

  it('opens a version 1 file as the same view, its API address ignored', () => {
    const v1 = withChange((j) => {
      j.version = 1;
      j.apiBaseUrl = 'https://api.example.org/graph/v1';
    });
    const restored = parseSnapshot(v1);
    expect(restored).toStrictEqual(snapshot());
    expect(restored).not.toHaveProperty('apiBaseUrl');
  });

  it('opens a file from before intents: bare sentences, no intent filters', () => {
    const older = withChange((j) => {
      const filters = j.filters as Record<string, unknown>;
      delete filters.influentialOnly;
      delete filters.intents;
      const first = (j.references as Record<string, unknown>[])[0]!;
      first.contexts = ['as in'];
      first.intents = ['methodology', 'praise'];
    });
    const parsed = parseSnapshot(older);
    expect(parsed.filters).toMatchObject({ influentialOnly: false, intents: [] });
    const [restored] = parsed.references;
    expect(restored?.contexts).toEqual([{ text: 'as in', intents: [] }]);
    expect(restored?.intents).toEqual(['methodology']);
  });

  it('opens a file at the size bound and the longest lists it allows', () => {
    const full = withChange((j) => {
      const links = j.citations as unknown[];
      j.citations = Array.from(
        { length: SNAPSHOT_LIMITS.links },
        (_, i) => links[i % links.length],
      );
    });
    expect(parseSnapshot(full).citations).toHaveLength(SNAPSHOT_LIMITS.links);
    expect(() => {
      checkSnapshotSize(MAX_SNAPSHOT_BYTES);
    }).not.toThrow();
    const padded = serializeSnapshot(snapshot()).padEnd(MAX_SNAPSHOT_BYTES, ' ');
    expect(parseSnapshot(padded)).toStrictEqual(snapshot());
  });

  it('cleans its text as API text is cleaned: no bidi overrides or zero-width characters', () => {
    const spoofed = {
      ...snapshot(),
      centre: { ...centre, title: 'Invoice\u202Efdp.exe\u200B', venue: 'Na\u2066ture\u2069' },
    };
    const opened = parseSnapshot(serializeSnapshot(spoofed));
    expect(opened.centre.title).toBe('Invoicefdp.exe');
    expect(opened.centre.venue).toBe('Nature');
  });

  it('drops a __proto__ key among the positions without touching any prototype', () => {
    const text = serializeSnapshot(snapshot()).replace(
      '"positions": {',
      '"positions": {\n    "__proto__": { "x": 1, "y": 2 },',
    );
    const restored = parseSnapshot(text);
    expect(Object.keys(restored.positions)).toHaveLength(3);
    expect(Object.getPrototypeOf(restored.positions)).not.toHaveProperty('x');
    expect({}).not.toHaveProperty('x');
  });
});

type Json = Record<string, unknown>;

function expectInvalid(text: string, reason: InvalidSnapshotReason): void {
  let caught: unknown;
  try {
    parseSnapshot(text);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(InvalidSnapshotError);
  expect(caught).toMatchObject({ code: 'invalid-snapshot', reason });
  expect((caught as Error).message).not.toBe('');
}

describe('parseSnapshot refuses', () => {
  it.each([
    ['truncated JSON', serializeSnapshot(snapshot()).slice(0, 200)],
    ['an empty file', ''],
    ['plain text', 'hello'],
  ])('%s as not JSON', (_, text) => {
    expectInvalid(text, 'not-json');
  });

  it.each([
    ['a newer version', withChange((j) => (j.version = 4))],
    ['a version as text', withChange((j) => (j.version = '3'))],
  ])('%s as unsupported', (_, text) => {
    expectInvalid(text, 'unsupported-version');
  });

  it('a file past the size bound by its size, and text past it before parsing', () => {
    let caught: unknown;
    try {
      checkSnapshotSize(MAX_SNAPSHOT_BYTES + 1);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidSnapshotError);
    expect(caught).toMatchObject({ reason: 'too-large' });
    expect((caught as Error).message).toMatch(/up to 33\.6 MB/);
    // Not JSON at all, yet refused for its size: it is never parsed.
    expectInvalid('x'.repeat(MAX_SNAPSHOT_BYTES + 1), 'too-large');
  });

  // Each list filled with valid items, one past its bound: the bound alone refuses it.
  const many = (n: number, item: unknown) => Array.from({ length: n }, () => item);
  const firstLink = (j: Json) => (j.citations as Json[])[0]!;
  it.each([
    [
      'too many citations',
      (j: Json) => (j.citations = many(SNAPSHOT_LIMITS.links + 1, firstLink(j))),
    ],
    [
      'too many references',
      (j: Json) => (j.references = many(SNAPSHOT_LIMITS.links + 1, firstLink(j))),
    ],
    [
      'too many authors',
      (j: Json) =>
        ((j.centre as Json).authors = many(SNAPSHOT_LIMITS.authors + 1, { id: null, name: 'X' })),
    ],
    [
      'too many fields of study',
      (j: Json) => ((j.centre as Json).fieldsOfStudy = many(SNAPSHOT_LIMITS.labels + 1, 'x')),
    ],
    [
      'too many contexts',
      (j: Json) => (firstLink(j).contexts = many(SNAPSHOT_LIMITS.contexts + 1, 'x')),
    ],
    [
      'too many positions',
      (j: Json) =>
        (j.positions = Object.fromEntries(
          many(SNAPSHOT_LIMITS.positions + 1, 0).map((_, i) => [`unresolved:${i}`, { x: 0, y: 0 }]),
        )),
    ],
  ])('%s as the wrong shape', (_, change) => {
    expectInvalid(withChange(change), 'wrong-shape');
  });

  it.each([
    ['JSON that is not an object', '[1, 2, 3]'],
    ['null', 'null'],
    ['an object without a version', '{"name": "citescope", "private": true}'],
    ['a missing centre', withChange((j) => delete j.centre)],
    [
      'a centre id that is not a paperId',
      withChange((j) => ((j.centre as { id: string }).id = 'x')),
    ],
    [
      'a resolved-looking centre with id null',
      withChange((j) => ((j.centre as { id: null }).id = null)),
    ],
    ['a title that is a number', withChange((j) => ((j.centre as { title: number }).title = 3))],
    ['a link without its paper', withChange((j) => (j.citations = [{ isInfluential: false }]))],
    ['an unknown layout', withChange((j) => (j.layout = 'spiral'))],
    ['filters missing a field', withChange((j) => (j.filters = { yearFrom: null }))],
    [
      'a position that is not a number',
      withChange((j) => (j.positions = { ['a'.repeat(40)]: { x: 'left', y: 0 } })),
    ],
    [
      'a position under a key no node has',
      withChange((j) => (j.positions = { constructor: { x: 0, y: 0 } })),
    ],
    ['a date that is not a date', withChange((j) => (j.createdAt = 'yesterday'))],
  ])('%s as the wrong shape', (_, text) => {
    expectInvalid(text, 'wrong-shape');
  });
});
