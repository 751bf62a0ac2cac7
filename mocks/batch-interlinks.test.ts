// The twin's embedded lists (`references.paperId`, `citations.paperId`) on batch and details,
// and the client and graph reading them back into the links among a neighbourhood.
import { describe, expect, it } from 'vitest';
import { createS2Client } from '../src/api/client';
import { buildCitationGraph } from '../src/graph/citation-graph';
import { addInterlinks } from '../src/graph/interlinks';
import { createDatasetBuilder } from './dataset';
import { generateNeighbourhood } from './neighbourhood';
import { createTwinServer } from './node';
import { createPaperFactory } from './paper-factory';
import { createS2Handlers, S2_BASE_URL } from './s2-handlers';
import { withServer } from '../tests/support/msw-server';

const factory = createPaperFactory(71);
const a = factory.make();
const b = factory.make();
const c = factory.make();
const d = factory.make();
const lost = factory.makeUnresolved({ title: 'A lost report', year: 1999 });
// 1,001 papers cited by `d`: one more than the API embeds.
const many = Array.from({ length: 1001 }, () => factory.make());

function dataset() {
  const builder = createDatasetBuilder();
  for (const paper of [a, b, c, d, ...many]) builder.addPaper(paper);
  builder.link(a.paperId, b.paperId);
  builder.link(a.paperId, c.paperId);
  builder.addUnresolvedReference(a.paperId, lost);
  builder.link(b.paperId, c.paperId);
  for (const paper of many) builder.link(d.paperId, paper.paperId);
  return builder.build();
}

const server = createTwinServer(dataset());
withServer(server);

async function batch(fields: string, ids: readonly string[]) {
  const response = await fetch(`${S2_BASE_URL}/paper/batch?fields=${fields}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ids }),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('POST /paper/batch with embedded lists', () => {
  it('answers references.paperId per paper, unresolved entries as paperId null', async () => {
    const res = await batch('references.paperId', [a.paperId, 'CorpusId:1', c.paperId]);
    expect(res.status).toBe(200);
    expect(res.body).toStrictEqual([
      {
        paperId: a.paperId,
        references: [{ paperId: b.paperId }, { paperId: c.paperId }, { paperId: null }],
      },
      null,
      { paperId: c.paperId, references: [] },
    ]);
  });

  it('answers citations.paperId, and nested fields beside the paper’s own', async () => {
    const res = await batch('year,citations.paperId,references.title', [c.paperId, a.paperId]);
    expect(res.body).toStrictEqual([
      {
        paperId: c.paperId,
        year: c.year,
        citations: [{ paperId: a.paperId }, { paperId: b.paperId }],
        references: [],
      },
      {
        paperId: a.paperId,
        year: a.year,
        citations: [],
        references: [
          { paperId: b.paperId, title: b.title },
          { paperId: c.paperId, title: c.title },
          { paperId: null, title: lost.title },
        ],
      },
    ]);
  });

  it('embeds at most 1,000 entries of a list', async () => {
    const res = await batch('references.paperId', [d.paperId]);
    const [answer] = res.body as [{ references: { paperId: string }[] }];
    expect(answer.references).toHaveLength(1000);
    expect(answer.references[0]).toStrictEqual({ paperId: many[0]?.paperId });
  });

  it.each(['references.bogus', 'citations.contexts', 'references.paperId.title'])(
    'refuses the unknown nested field %s with the API body',
    async (field) => {
      const res = await batch(`title,${field}`, [a.paperId]);
      expect(res.status).toBe(400);
      expect(res.body).toStrictEqual({ error: `Unrecognized or unsupported fields: [${field}]` });
    },
  );

  it('embeds the lists on GET /paper/{id} too', async () => {
    const response = await fetch(`${S2_BASE_URL}/paper/${b.paperId}?fields=references.paperId`);
    expect(await response.json()).toStrictEqual({
      paperId: b.paperId,
      references: [{ paperId: c.paperId }],
    });
  });
});

describe('the client and the graph over the twin', () => {
  it('recovers exactly the links among a generated neighbourhood', async () => {
    const hood = generateNeighbourhood({ seed: 5, references: 40, citations: 60, interlinks: 30 });
    server.use(...createS2Handlers(hood.dataset));
    const client = createS2Client({ baseUrl: S2_BASE_URL, paceMs: 0 });
    const centre = await client.getPaper(hood.centreId);
    const graph = buildCitationGraph({
      centre,
      references: (await client.getAllLinks(centre.id, 'references')).links,
      citations: (await client.getAllLinks(centre.id, 'citations')).links,
    });
    const neighbours = graph.nodes.map((node) => node.key);
    const linked = addInterlinks(graph, await client.getReferenceIds(neighbours));

    const inGraph = new Set(neighbours);
    const expected = neighbours.flatMap((key) =>
      (hood.dataset.references.get(key) ?? []).flatMap((entry) =>
        entry.paperId !== null && inGraph.has(entry.paperId) ? [`${key}->${entry.paperId}`] : [],
      ),
    );
    const added = linked.edges.slice(graph.edges.length).map((edge) => edge.key);
    expect(added.length).toBeGreaterThan(0);
    expect([...added].sort()).toEqual([...new Set(expected)].sort());
  });
});
