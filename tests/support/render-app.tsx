import { render } from '@testing-library/react';
import { createS2Client } from '../../src/api/client';
import { App } from '../../src/app/app';
import { S2_BASE_URL } from '../../mocks/s2-handlers';

/** The whole app at `search`, talking to whatever MSW serves, with no pacing and no retries. */
export function renderApp(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  window.sessionStorage.clear();
  const client = createS2Client({
    baseUrl: S2_BASE_URL,
    apiKey: null,
    scheduler: { minIntervalMs: 0, maxRetries: 0, attemptTimeoutMs: 5_000 },
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
