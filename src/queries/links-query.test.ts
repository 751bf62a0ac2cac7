import { QueryClient } from '@tanstack/react-query';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { describe, expect, it } from 'vitest';
import { withServer } from '../../tests/support/msw-server';
import { instantClient } from '../api/test-doubles';
import { toPaperId } from '../domain/paper';
import { linksQueryOptions, type LinksData } from './links-query';

const BASE = 'https://s2.test/graph/v1';
const CENTRE = toPaperId('c'.repeat(40));
const TOTAL = 2_500;
const server = setupServer();
withServer(server);

/** A citation list paged like the API; pages past the first hang while `hold` is true. */
function citations(state: { hold: boolean; offsets: number[] }) {
  server.use(
    http.get(`${BASE}/paper/${CENTRE}/citations`, async ({ request }) => {
      const params = new URL(request.url).searchParams;
      const offset = Number(params.get('offset'));
      const limit = Number(params.get('limit'));
      state.offsets.push(offset);
      if (offset > 0 && state.hold) await delay('infinite');
      const end = Math.min(TOTAL, offset + limit);
      const data = Array.from({ length: end - offset }, (_, i) => ({
        citingPaper: { paperId: (offset + i + 1).toString(16).padStart(40, '0') },
      }));
      return HttpResponse.json(end < TOTAL ? { offset, next: end, data } : { offset, data });
    }),
  );
}

describe('a streamed list', () => {
  it('keeps the pages that arrived when stopped, and continues without asking for them again', async () => {
    const state = { hold: true, offsets: [] as number[] };
    citations(state);
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const options = linksQueryOptions(instantClient(BASE), CENTRE, 'citations', 10_000);

    const first = queryClient.query(options).catch(() => undefined);
    await expect
      .poll(() => queryClient.getQueryData<LinksData>(options.queryKey)?.links.length)
      .toBe(1_000);
    // Stop: the first page stays.
    await queryClient.cancelQueries({ queryKey: options.queryKey }, { revert: false });
    await first;
    const stopped = queryClient.getQueryData<LinksData>(options.queryKey);
    expect(stopped).toMatchObject({ complete: false, next: 1_000 });
    expect(stopped?.links).toHaveLength(1_000);

    // Continue: from offset 1,000 on.
    state.hold = false;
    await queryClient.refetchQueries({ queryKey: options.queryKey });
    const done = queryClient.getQueryData<LinksData>(options.queryKey);
    expect(done).toMatchObject({ complete: true, next: null });
    expect(done?.links).toHaveLength(TOTAL);
    expect(state.offsets.filter((offset) => offset === 0)).toHaveLength(1);
  });
});
