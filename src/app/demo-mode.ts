// The only place application code reaches into mocks/: the offline sample runs the API twin
// in a service worker, so the app itself works exactly as it does against the live API.
// `?twin=bench-<N>` serves a generated paper with N citations instead, for benchmarks;
// `?fault=<name>` adds a failure scenario (mocks/faults.ts) to walk through by hand.
export interface Example {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
}

declare global {
  interface Window {
    /** Requests the twin has answered, by endpoint (demo and benchmark builds only). */
    __twinRequests?: Record<string, number>;
  }
}

const BENCH = /^bench-(\d{1,6})$/;

/** Starts the twin for `scope` (see service-workers.ts) and returns the papers to offer. */
export async function startDemo(
  baseUrl: string,
  search: string,
  scope: string,
): Promise<readonly Example[]> {
  const params = new URLSearchParams(search);
  const bench = BENCH.exec(params.get('twin') ?? '');
  const [{ startTwinWorker }, { SAMPLE_EXAMPLES }, { generateNeighbourhood }, { isFaultName }] =
    await Promise.all([
      import('../../mocks/browser'),
      import('../../mocks/sample'),
      import('../../mocks/neighbourhood'),
      import('../../mocks/faults'),
    ]);
  const faultParam = params.get('fault');
  const fault = isFaultName(faultParam) ? faultParam : undefined;
  const counts: Record<string, number> = {};
  window.__twinRequests = counts;
  const onRequest = ({ endpoint }: { endpoint: string }) => {
    counts[endpoint] = (counts[endpoint] ?? 0) + 1;
  };
  if (bench) {
    const citations = Number(bench[1]);
    const world = generateNeighbourhood({
      seed: 4242,
      citations,
      references: Math.min(500, Math.max(20, Math.round(citations / 10))),
      centreYear: 2010,
    });
    await startTwinWorker({ baseUrl, dataset: world.dataset, onRequest, scope });
    return [{ id: world.centreId, label: `Generated paper with ${citations} citations` }];
  }
  await startTwinWorker({ baseUrl, onRequest, fault, scope });
  return SAMPLE_EXAMPLES;
}
