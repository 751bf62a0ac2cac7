import { describe, expect, it } from 'vitest';
import { IMPORT_SAMPLE_PAPERS } from './import-sample';
import { createSampleDataset } from './sample';
import { useTwinServer } from './twin-test-kit';

const twin = useTwinServer(createSampleDataset);

describe('the import sample in the twin', () => {
  it('answers a batch of DOI:, ARXIV: and PMID: ids as the API does, null for an unknown one', async () => {
    const ids = [
      'DOI:10.1038/NATURE14539',
      'ARXIV:1706.03762',
      'ARXIV:hep-th/9711200',
      'PMID:25719670',
      'DOI:10.5555/citescope.import.0404',
    ];
    const { status, body } = await twin.post('/paper/batch?fields=title,year', { ids });
    expect(status).toBe(200);
    const byTitle = (title: string) => IMPORT_SAMPLE_PAPERS.find((p) => p.title === title);
    expect(body).toEqual([
      { paperId: byTitle('Deep learning')?.paperId, title: 'Deep learning', year: 2015 },
      {
        paperId: byTitle('Attention Is All You Need')?.paperId,
        title: 'Attention Is All You Need',
        year: 2017,
      },
      expect.objectContaining({ year: 1997 }) as unknown,
      expect.objectContaining({
        title: 'Human-level control through deep reinforcement learning',
      }) as unknown,
      null,
    ]);
  });

  it('matches the title-only entry of the fixtures to its paper', async () => {
    const query = encodeURIComponent('Die gegenwärtige Situation in der Quantenmechanik');
    const { status, body } = await twin.get(`/paper/search/match?query=${query}&fields=year`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      data: [{ title: 'Die gegenwärtige Situation in der Quantenmechanik', year: 1935 }],
    });
  });
});
