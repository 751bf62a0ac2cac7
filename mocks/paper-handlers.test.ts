import { describe, expect, it } from 'vitest';
import { createDatasetBuilder } from './dataset';
import { makePaper } from './paper-factory';
import { useTwinServer } from './twin-test-kit';

const DOI = '10.5555/Twin.Test/2019.07';
const paper = makePaper(
  {
    title: 'Sparse Lattices for Citation Drift',
    year: 2019,
    abstract: null,
    externalIds: {
      DOI,
      ArXiv: '1907.90001',
      PubMed: '90000001',
      PubMedCentral: 'PMC9000001',
      ACL: '2019.synth-1',
      MAG: '3000000001',
    },
  },
  11,
);
const other = makePaper({ title: 'Another Synthetic Paper' }, 12);

const twin = useTwinServer(() => {
  const builder = createDatasetBuilder();
  builder.addPaper(paper);
  builder.addPaper(other);
  return builder.build();
});

describe('GET /paper/{id}', () => {
  it('answers paperId and title only when no fields are asked for', async () => {
    const res = await twin.get(`/paper/${paper.paperId}`);
    expect(res.status).toBe(200);
    expect(res.body).toStrictEqual({ paperId: paper.paperId, title: paper.title });
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers exactly the requested fields plus paperId, keeping nulls', async () => {
    const res = await twin.get(`/paper/${paper.paperId}?fields=year,abstract,externalIds,tldr`);
    expect(res.body).toStrictEqual({
      paperId: paper.paperId,
      year: 2019,
      abstract: null,
      externalIds: { ...paper.externalIds },
      tldr: paper.tldr,
    });
  });

  it('refuses an unknown field with the API body', async () => {
    const res = await twin.get(`/paper/${paper.paperId}?fields=title,unknown`);
    expect(res.status).toBe(400);
    expect(res.body).toStrictEqual({ error: 'Unrecognized or unsupported fields: [unknown]' });
  });

  it('answers 404 with the API body for an unknown id', async () => {
    const res = await twin.get('/paper/0?fields=title');
    expect(res.status).toBe(404);
    expect(res.body).toStrictEqual({ error: 'Paper with id 0 not found' });
  });

  it('resolves a DOI with slashes in the path, bare or prefixed, in any case', async () => {
    for (const id of [
      DOI,
      DOI.toUpperCase(),
      `DOI:${DOI.toLowerCase()}`,
      encodeURIComponent(DOI),
    ]) {
      const res = await twin.get(`/paper/${id}?fields=title`);
      expect(res.status, id).toBe(200);
      expect(res.body).toStrictEqual({ paperId: paper.paperId, title: paper.title });
    }
  });

  it.each([
    `CorpusId:${paper.corpusId}`,
    `CorpusID:${paper.corpusId}`,
    'ARXIV:1907.90001',
    'ARXIV:1907.90001v2',
    'PMID:90000001',
    'PMCID:9000001',
    'ACL:2019.synth-1',
    'MAG:3000000001',
    paper.paperId.toUpperCase(),
    `URL:https://www.semanticscholar.org/paper/Sparse-Lattices/${paper.paperId}`,
    'URL:https://arxiv.org/abs/1907.90001v1',
    `URL:https://dl.acm.org/doi/${DOI}`,
  ])('resolves %s', async (id) => {
    const res = await twin.get(`/paper/${id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ paperId: paper.paperId });
  });
});

describe('POST /paper/batch', () => {
  it('answers in input order with null for unknown ids', async () => {
    const ids = [other.paperId, 'CorpusId:1', `DOI:${DOI}`, '0'];
    const res = await twin.post('/paper/batch?fields=year', { ids });
    expect(res.status).toBe(200);
    expect(res.body).toStrictEqual([
      { paperId: other.paperId, year: other.year },
      null,
      { paperId: paper.paperId, year: 2019 },
      null,
    ]);
  });

  it('refuses more than 500 ids', async () => {
    const ids = Array.from({ length: 501 }, () => paper.paperId);
    const res = await twin.post('/paper/batch', { ids });
    expect(res.status).toBe(400);
    expect(res.body).toStrictEqual({ error: 'list of ids must be <= 500' });
    expect((await twin.post('/paper/batch', { ids: ids.slice(1) })).status).toBe(200);
  });

  it('refuses a body without an ids list, and unknown fields', async () => {
    expect((await twin.post('/paper/batch', { paperIds: [] })).status).toBe(400);
    const res = await twin.post('/paper/batch?fields=nope,title', { ids: [] });
    expect(res.body).toStrictEqual({ error: 'Unrecognized or unsupported fields: [nope]' });
  });
});
