import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createRequestCounter } from '../../../mocks/handler-context';
import { IMPORT_SAMPLE_PAPERS } from '../../../mocks/import-sample';
import { createTwinServer } from '../../../mocks/node';
import { S2_BASE_URL } from '../../../mocks/s2-handlers';
import { createSampleDataset } from '../../../mocks/sample';
import { withServer } from '../../../tests/support/msw-server';
import { createS2Client } from '../../api/client';
import { extractEntries } from './extract-entries';
import { ImportInterruptedError, type EntryOutcome, type ResolveProgress } from './import-outcome';
import { resolveEntries } from './resolve-entries';

const dataset = createSampleDataset();
const counter = createRequestCounter();
const server = createTwinServer(dataset, { onRequest: counter.onRequest });
withServer(server);

const client = () =>
  createS2Client({
    baseUrl: S2_BASE_URL,
    paceMs: 0,
    scheduler: { minIntervalMs: 0, maxRetries: 0 },
  });

const idOf = (title: string) => IMPORT_SAMPLE_PAPERS.find((p) => p.title === title)?.paperId;

function brief(outcome: EntryOutcome): string {
  switch (outcome.kind) {
    case 'found':
      return `found ${outcome.paper.id}`;
    case 'found-by-title':
      return `by title ${outcome.paper.id} “${outcome.paper.title ?? ''}”`;
    default:
      return outcome.kind;
  }
}

describe('resolveEntries against the twin', () => {
  it('gives every entry of the .bib fixture one outcome, in one batch and one title match', async () => {
    const { entries } = await extractEntries(
      readFileSync(new URL('../../../tests/fixtures/import/library.bib', import.meta.url), 'utf8'),
      'library.bib',
    );
    counter.reset();
    const progress: ResolveProgress[] = [];
    const outcomes = await resolveEntries(client(), entries, {
      onProgress: (p) => progress.push(p),
    });
    const gegenwart = 'Die gegenwärtige Situation in der Quantenmechanik';
    expect(outcomes.map(brief)).toEqual([
      `found ${idOf('Deep learning')}`,
      `found ${idOf('Attention Is All You Need')}`,
      `found ${idOf('Can Quantum-Mechanical Description of Physical Reality Be Considered Complete?')}`,
      `found ${idOf('Quantisierung als Eigenwertproblem')}`,
      `by title ${idOf(gegenwart)} “${gegenwart}”`,
      `found ${idOf('The Large N Limit of Superconformal Field Theories and Supergravity')}`,
      `found ${idOf('Human-level control through deep reinforcement learning')}`,
      'not-found',
      `found ${idOf('Deep learning')}`,
      'unreadable',
      `found ${idOf('BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding')}`,
    ]);
    expect(counter.count('batch')).toBe(1);
    expect(counter.count('match')).toBe(1);
    expect(counter.count()).toBe(2);
    expect(progress.map((p) => [p.requests, p.done, p.total])).toEqual([
      [1, 10, 11],
      [2, 11, 11],
    ]);
  });

  it('resolves 1,000 entries in ⌈1000/500⌉ batch requests plus one per title-only entry', async () => {
    const papers = [...dataset.papers.values()];
    const dois = papers.slice(0, 990).map((p) => `doi:${p.externalIds?.DOI ?? ''}`);
    const titles = papers.slice(990, 1000).map((p) => p.title);
    const { entries } = await extractEntries([...dois, ...titles].join('\n'));
    expect(entries).toHaveLength(1000);
    expect(entries.filter((e) => e.target.kind === 'title')).toHaveLength(10);
    counter.reset();
    const outcomes = await resolveEntries(client(), entries);
    expect(counter.count('batch')).toBe(Math.ceil(1000 / 500));
    expect(counter.count('match')).toBe(10);
    expect(counter.count()).toBe(12);
    // Ids name one paper; a title matches a paper of that title (synthetic titles may repeat).
    const found = outcomes.map((o) =>
      o.kind === 'found' ? o.paper.id : o.kind === 'found-by-title' ? o.paper.title : o.kind,
    );
    expect(found).toEqual([...papers.slice(0, 990).map((p) => p.paperId), ...titles]);
  });

  it('asks for a repeated id or title once', async () => {
    const { entries } = await extractEntries(
      ['10.1038/nature14539', 'DOI:10.1038/NATURE14539', 'Deep learning', 'deep learning'].join(
        '\n',
      ),
    );
    counter.reset();
    const outcomes = await resolveEntries(client(), entries);
    expect(outcomes.map((o) => o.kind)).toEqual([
      'found',
      'found',
      'found-by-title',
      'found-by-title',
    ]);
    expect(counter.requests.map((r) => r.endpoint)).toEqual(['batch', 'match']);
  });

  it('stops on a rate limit with a typed error keeping the outcomes known, and resumes', async () => {
    const text = [
      'arXiv:1706.03762',
      'Die gegenwärtige Situation in der Quantenmechanik',
      '10.1000/',
    ];
    const { entries } = await extractEntries(text.join('\n'));
    server.use(
      http.get(`${S2_BASE_URL}/paper/search/match`, () =>
        HttpResponse.json({ message: 'Too Many Requests' }, { status: 429 }),
      ),
    );
    const error: unknown = await resolveEntries(client(), entries).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportInterruptedError);
    const interrupted = error as ImportInterruptedError;
    expect(interrupted.retryable).toBe(true);
    expect(interrupted.outcomes.map((o) => o.kind)).toEqual(['found', 'pending', 'unreadable']);

    server.resetHandlers();
    counter.reset();
    const outcomes = await resolveEntries(client(), entries, { resume: interrupted.outcomes });
    expect(outcomes.map((o) => o.kind)).toEqual(['found', 'found-by-title', 'unreadable']);
    expect(counter.requests.map((r) => r.endpoint)).toEqual(['match']);
  });
});
