// The neighbourhood hook against the API twin: what it asks for, in how many requests, and the
// graph it builds from what has arrived.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { createRequestCounter } from '../../mocks/handler-context';
import { generateNeighbourhood } from '../../mocks/neighbourhood';
import { createTwinServer } from '../../mocks/node';
import { S2_BASE_URL } from '../../mocks/s2-handlers';
import { withServer } from '../../tests/support/msw-server';
import { instantClient } from '../api/test-doubles';
import { S2ClientProvider } from './s2-client-context';
import { useNeighbourhood } from './use-neighbourhood';

const DOI = '10.5555/neighbourhood.test';
const world = generateNeighbourhood({
  seed: 77,
  references: 40,
  citations: 2_300,
  nullRate: 0,
  centre: { externalIds: { DOI } },
});
const counter = createRequestCounter();
withServer(createTwinServer(world.dataset, { onRequest: counter.onRequest }));

function setUp() {
  counter.reset();
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const client = instantClient(S2_BASE_URL);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <S2ClientProvider client={client}>{children}</S2ClientProvider>
    </QueryClientProvider>
  );
  const open = (apiId: string, cap: number, showLinks = false) =>
    renderHook(
      (props: { cap: number; showLinks: boolean }) =>
        useNeighbourhood(apiId, { citationCap: props.cap, showLinks: props.showLinks }),
      {
        wrapper,
        initialProps: { cap, showLinks },
      },
    );
  return { open };
}

const done = (result: { current: ReturnType<typeof useNeighbourhood> }) =>
  waitFor(
    () => {
      expect(result.current.references.data?.complete).toBe(true);
      expect(result.current.citations.data?.complete).toBe(true);
    },
    { timeout: 10_000 },
  );

describe('a neighbourhood', () => {
  it('costs 1 + ⌈R/1000⌉ + ⌈C/1000⌉ requests and holds every neighbour once', async () => {
    const { open } = setUp();
    const { result } = open(world.centreId, 5_000);
    await done(result);
    expect(counter.count('paper')).toBe(1);
    expect(counter.count('references')).toBe(1);
    expect(counter.count('citations')).toBe(3);
    expect(counter.count('batch')).toBe(0);
    expect(result.current.graph?.nodes).toHaveLength(2_340);
  });

  it('opened by DOI, is filed under its paperId too, so opening it by id asks for nothing', async () => {
    const { open } = setUp();
    const byDoi = open(`DOI:${DOI}`, 5_000);
    await done(byDoi.result);
    const before = counter.count();
    const byId = open(world.centreId, 5_000);
    await done(byId.result);
    expect(byId.result.current.paper.data?.id).toBe(world.centreId);
    expect(counter.count()).toBe(before);
  });

  it('goes on from the pages it has when the cap is raised, asking for none of them again', async () => {
    const { open } = setUp();
    const { result, rerender } = open(world.centreId, 1_000);
    await done(result);
    expect(result.current.citations.data?.links).toHaveLength(1_000);
    rerender({ cap: 5_000, showLinks: false });
    await waitFor(() => expect(result.current.citations.data?.links).toHaveLength(2_300), {
      timeout: 10_000,
    });
    await done(result);
    const offsets = counter.requests
      .filter((r) => r.endpoint === 'citations')
      .map((r) => new URL(r.url).searchParams.get('offset'));
    expect(offsets).toEqual(['0', '1000', '2000']);
  });

  it('keeps the citations it has while a raised cap loads, never dropping them from the graph', async () => {
    counter.reset();
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>
        <S2ClientProvider client={instantClient(S2_BASE_URL)}>{children}</S2ClientProvider>
      </QueryClientProvider>
    );
    const sizes: number[] = [];
    const { result, rerender } = renderHook(
      ({ cap }: { cap: number }) => {
        const neighbourhood = useNeighbourhood(world.centreId, {
          citationCap: cap,
          showLinks: false,
        });
        sizes.push(neighbourhood.graph?.nodes.length ?? 0);
        return neighbourhood;
      },
      { wrapper, initialProps: { cap: 1_000 } },
    );
    await done(result);
    const before = sizes.length;
    rerender({ cap: 5_000 });
    await waitFor(() => expect(result.current.citations.data?.links).toHaveLength(2_300), {
      timeout: 10_000,
    });
    expect(Math.min(...sizes.slice(before))).toBe(1_040);
  });

  it('asks for the links among its papers only when they are wanted, once both lists are in', async () => {
    const { open } = setUp();
    const { result, rerender } = open(world.centreId, 5_000);
    await done(result);
    expect(counter.count('batch')).toBe(0);
    rerender({ cap: 5_000, showLinks: true });
    await waitFor(() => expect(result.current.interlinks.isSuccess).toBe(true), {
      timeout: 10_000,
    });
    // 2,340 neighbours, 500 ids a request.
    expect(counter.count('batch')).toBe(5);
  });
});
