import { render } from '@testing-library/react';
import { createS2Client, type S2ClientConfig } from '../../src/api/client';
import type { SchedulerOptions } from '../../src/api/scheduler-options';
import { App } from '../../src/app/app';
// The parts the app loads lazily, in the module cache from the start as in a browser that has
// preloaded them: a test waits for what a person sees, not for the runner compiling a chunk
// (the first view of a file otherwise outlasted findBy's timeout). The Suspense path still runs.
import '../../src/app/explorer-route';
import '../../src/app/library-panels';
import { S2_BASE_URL } from '../../mocks/s2-handlers';

interface RenderAppOptions {
  /** The scheduler's rules; by default no pacing and no retries. */
  readonly scheduler?: SchedulerOptions;
  /** Whether the browser says it is online, and the like (see src/api/http.ts). */
  readonly connectivity?: S2ClientConfig['connectivity'];
}

const NO_RETRIES: SchedulerOptions = { minIntervalMs: 0, maxRetries: 0, attemptTimeoutMs: 5_000 };

/** The whole app at `search`, talking to whatever MSW serves. */
export function renderApp(search = '', options: RenderAppOptions = {}) {
  window.history.replaceState(null, '', `/${search}`);
  window.sessionStorage.clear();
  const client = createS2Client({
    baseUrl: S2_BASE_URL,
    apiKey: null,
    scheduler: options.scheduler ?? NO_RETRIES,
    connectivity: options.connectivity,
  });
  return render(
    <App
      config={{
        baseUrl: S2_BASE_URL,
        apiKey: null,
        paceMs: 0,
        demo: false,
        allowedOrigins: [new URL(S2_BASE_URL).origin],
        problem: null,
      }}
      examples={[]}
      client={client}
    />,
  );
}
