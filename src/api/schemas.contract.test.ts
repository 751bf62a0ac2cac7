// Contract: the single JSON bodies recorded from the Semantic Scholar API (see
// tests/support/recordings.ts) parse with our schemas and map to domain types, and the facts
// Citescope relies on hold in them: the embedded citation list stops at 1,000 while the count
// goes on, and unresolved references are kept and marked, never dropped.
import { expect, it } from 'vitest';
import { z } from 'zod';
import { describeRecorded, loadJsonBody } from '../../tests/support/recordings';
import { mapAnyPaper, mapLinkPage, mapPaper } from './map-paper';
import {
  citationPageSchema,
  paperSchema,
  referencePageSchema,
  resolvedPaperSchema,
} from './schemas';

/** The embedded lists as they came, every key kept, to map them the way list pages are. */
const embeddedLists = z.object({
  citations: z.array(z.unknown()),
  references: z.array(z.looseObject({ paperId: z.string().nullable() })),
});

describeRecorded('recorded single bodies', () => {
  it('a full paper with every field parses and maps', () => {
    const paper = mapPaper(resolvedPaperSchema.parse(loadJsonBody('Paper.json')));
    expect(paper.id).toMatch(/^[0-9a-f]{40}$/);
    expect(paper.title).toEqual(expect.any(String));
    expect(paper.externalIds.doi).toEqual(expect.any(String));
    expect(paper.authors.length).toBeGreaterThan(0);
  });

  it('a paper cited 10,059 times embeds only 1,000 citations', () => {
    const json = loadJsonBody('Paper.json');
    expect(mapPaper(resolvedPaperSchema.parse(json)).citationCount).toBe(10_059);
    expect(resolvedPaperSchema.parse(json).citations).toHaveLength(1_000);
    expect(embeddedLists.parse(json).citations).toHaveLength(1_000);
  });

  it('its 14 references map as list entries: all kept, the 6 without a paperId unresolved', () => {
    const { references } = embeddedLists.parse(loadJsonBody('Paper.json'));
    expect(references).toHaveLength(14);
    const page = mapLinkPage(
      referencePageSchema.parse({
        offset: 0,
        data: references.map((citedPaper) => ({ citedPaper })),
      }),
    );
    expect(page.links).toHaveLength(14);
    const unresolved = page.links.filter((link) => link.paper.id === null);
    expect(unresolved).toHaveLength(6);
    for (const link of unresolved) expect(link.paper.title).toEqual(expect.any(String));
  });

  it('a paper whose authors, citations and references are null parses and maps', () => {
    const wire = paperSchema.parse(loadJsonBody('PaperWithNullValues.json'));
    expect(wire).toMatchObject({ citations: null, references: null });
    expect(mapAnyPaper(wire).authors).toEqual([]);
  });

  /** The recorded edge facts, read as plainly as possible to compare the mapping with. */
  const recordedEdge = z.object({
    isInfluential: z.boolean(),
    intents: z.array(z.string()),
    contexts: z.array(z.string()),
    contextsWithIntent: z.array(z.object({ context: z.string(), intents: z.array(z.string()) })),
  });

  it.each([
    ['Citation.json', citationPageSchema],
    ['Reference.json', referencePageSchema],
  ] as const)('%s maps with each sentence and its own intents', (file, schema) => {
    const json = loadJsonBody(file);
    const recorded = recordedEdge.parse(json);
    const [link] = mapLinkPage(schema.parse({ offset: 0, data: [json] })).links;
    expect(link?.paper.id).toMatch(/^[0-9a-f]{40}$/);
    expect(link?.isInfluential).toBe(recorded.isInfluential);
    expect([...(link?.intents ?? [])].sort()).toEqual([...new Set(recorded.intents)].sort());
    expect(link?.contexts.map((context) => context.text)).toEqual([
      ...new Set([...recorded.contextsWithIntent.map((c) => c.context), ...recorded.contexts]),
    ]);
    for (const { context, intents } of recorded.contextsWithIntent) {
      const mapped = link?.contexts.find((c) => c.text === context);
      expect([...(mapped?.intents ?? [])].sort()).toEqual([...intents].sort());
    }
  });

  it('the recorded citation has sentences with different intents', () => {
    const recorded = recordedEdge.parse(loadJsonBody('Citation.json'));
    const distinct = new Set(recorded.contextsWithIntent.map((c) => c.intents.join()));
    expect(distinct.size).toBeGreaterThan(1);
  });
});
