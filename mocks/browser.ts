// The twin in the browser, for `npm run demo` and the end-to-end build. Imported lazily by the
// app's demo mode only: nothing may import this module eagerly.
import { setupWorker, type SetupWorker } from 'msw/browser';
import type { TwinDataset } from './dataset';
import { faultHandlers, type FaultName } from './faults';
import { createS2Handlers, S2_BASE_URL, type S2HandlerOptions } from './s2-handlers';
import { createSampleDataset } from './sample';

export interface TwinWorkerOptions {
  readonly dataset?: TwinDataset;
  readonly baseUrl?: string;
  /** Delay every answer so loading states show (default 0). */
  readonly latencyMs?: number;
  /** Called once per request the twin answers (benchmarks count requests with it). */
  readonly onRequest?: S2HandlerOptions['onRequest'];
  /** A named failure scenario to walk through (see faults.ts). */
  readonly fault?: FaultName;
  /** The pages the worker controls (default: the whole site). */
  readonly scope?: string;
}

export async function startTwinWorker(options: TwinWorkerOptions = {}): Promise<SetupWorker> {
  const dataset = options.dataset ?? createSampleDataset();
  const baseUrl = options.baseUrl ?? S2_BASE_URL;
  const worker = setupWorker(
    ...(options.fault ? faultHandlers(options.fault, baseUrl) : []),
    ...createS2Handlers(dataset, {
      ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }),
      latencyMs: options.latencyMs ?? 0,
      ...(options.onRequest === undefined ? {} : { onRequest: options.onRequest }),
    }),
  );
  await worker.start({
    serviceWorker: {
      url: `${import.meta.env.BASE_URL}mockServiceWorker.js`,
      options: { scope: options.scope ?? import.meta.env.BASE_URL },
    },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return worker;
}
