import { QueryClient } from '@tanstack/react-query';
import type { Persister } from '@tanstack/react-query-persist-client';
import { useState } from 'react';
import { createS2Client, type S2ClientWithScheduler } from '../api/client';
import { OfflineBanner } from '../features/network-status/offline-banner';
import { RequestStatusBar } from '../features/network-status/request-status-bar';
import { S2ClientProvider } from '../queries/s2-client-context';
import type { Example } from './demo-mode';
import { ExplorerPage } from './explorer-page';
import { CacheProvider } from './cache-provider';
import type { RuntimeConfig } from './runtime-config';

export function createAppQueryClient(): QueryClient {
  // Retries live in the request scheduler (it knows about Retry-After); a second layer of
  // retries here would multiply requests against a rate-limited API.
  return new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
  });
}

interface AppProps {
  readonly config: RuntimeConfig;
  readonly examples: readonly Example[];
  /** A ready client (tests pass one with their own scheduler); otherwise made from `config`. */
  readonly client?: S2ClientWithScheduler;
  /** Where the query cache is kept between visits; none in tests. */
  readonly persister?: Persister;
}

export function App({ config, examples, client: given, persister }: AppProps) {
  const [queryClient] = useState(createAppQueryClient);
  const [client] = useState(
    () =>
      given ??
      createS2Client({ baseUrl: config.baseUrl, apiKey: config.apiKey, paceMs: config.paceMs }),
  );
  const clearCache = async () => {
    queryClient.clear();
    await persister?.removeClient();
  };
  return (
    <CacheProvider queryClient={queryClient} persister={persister}>
      <S2ClientProvider client={client}>
        <OfflineBanner />
        <RequestStatusBar
          scheduler={client.scheduler}
          onCancel={() => void queryClient.cancelQueries(undefined, { revert: false })}
        />
        <ExplorerPage
          demo={config.demo}
          baseUrl={config.baseUrl}
          allowedOrigins={config.allowedOrigins}
          startupProblem={config.problem}
          examples={examples}
          onClearCache={clearCache}
        />
      </S2ClientProvider>
    </CacheProvider>
  );
}
