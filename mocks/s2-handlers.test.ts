import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createRequestCounter } from './handler-context';
import { generateNeighbourhood } from './neighbourhood';
import { S2_BASE_URL } from './s2-handlers';
import { useTwinServer } from './twin-test-kit';

const { dataset, centreId } = generateNeighbourhood({ seed: 5, citations: 30, references: 10 });
const counter = createRequestCounter();
const twin = useTwinServer(() => dataset, { onRequest: counter.onRequest });

describe('createS2Handlers', () => {
  it('reports every request it answers, refused ones included', async () => {
    counter.reset();
    await twin.get(`/paper/${centreId}`);
    await twin.get(`/paper/${centreId}/citations?limit=10`);
    await twin.get(`/paper/${centreId}/citations?limit=5000`);
    await twin.get(`/paper/${centreId}/references`);
    await twin.get('/paper/search?query=anything');
    await twin.post('/paper/batch', { ids: [centreId] });
    expect(counter.count()).toBe(6);
    expect(counter.count('citations')).toBe(2);
    expect(counter.requests.map((request) => request.endpoint)).toEqual([
      'paper',
      'citations',
      'citations',
      'references',
      'search',
      'batch',
    ]);
  });

  it('lets a test override one exact URL with a failure, for that test only', async () => {
    const url = `${S2_BASE_URL}/paper/${centreId}/citations`;
    twin.server.use(
      http.get(url, () => HttpResponse.json({ message: 'Too Many Requests' }, { status: 429 }), {
        once: true,
      }),
    );
    expect((await twin.get(`/paper/${centreId}/citations`)).status).toBe(429);
    expect((await twin.get(`/paper/${centreId}/citations`)).status).toBe(200);
  });

  it('answers 404 on paper sub-resources it does not serve (authors)', async () => {
    const res = await twin.get(`/paper/${centreId}/authors`);
    expect(res).toMatchObject({ status: 404 });
  });
});
