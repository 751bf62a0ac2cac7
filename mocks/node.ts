// The twin for Vitest (node): a `setupServer` over a dataset. Tests own the lifecycle:
//   const server = createTwinServer(dataset);
//   beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
//   afterEach(() => server.resetHandlers());
//   afterAll(() => server.close());
import { setupServer, type SetupServer } from 'msw/node';
import type { TwinDataset } from './dataset';
import { createS2Handlers, type S2HandlerOptions } from './s2-handlers';

export function createTwinServer(
  dataset: TwinDataset,
  options: S2HandlerOptions = {},
): SetupServer {
  return setupServer(...createS2Handlers(dataset, options));
}
