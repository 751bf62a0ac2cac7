// The composition root: the API client, the caches, the stores that own the view and the
// session, the theme, and the page.
import { QueryClient } from '@tanstack/react-query';
import type { Persister } from '@tanstack/react-query-persist-client';
import { useState } from 'react';
import { createS2Client, type S2ClientWithScheduler } from '../api/client';
import { parseBaseUrl } from '../api/config';
import { OfflineBanner } from '../features/network-status/offline-banner';
import { RequestStatusBar } from '../features/network-status/request-status-bar';
import { SettingsDialog } from '../features/settings/settings-dialog';
import {
  localSettingsStorage,
  readThemePreference,
  writeThemePreference,
} from '../features/settings/settings-storage';
import { ThemeToggle } from '../features/settings/theme-toggle';
import { S2ClientProvider } from '../queries/s2-client-context';
import { SampleOfferProvider } from '../ui/sample-offer';
import type { ThemePreference } from '../ui/theme';
import { ThemeProvider } from '../ui/theme-context';
import { CacheProvider } from './cache-provider';
import type { Example } from './demo-mode';
import { ExplorerPage } from './explorer-page';
import type { RuntimeConfig } from './runtime-config';
import { SessionProvider } from './session-context';
import { SkipLink } from './skip-link';
import { ViewProvider } from './view-context';

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

const keepTheme = (preference: ThemePreference): boolean =>
  writeThemePreference(localSettingsStorage(), preference);

const openSample = () => {
  window.location.assign(`${window.location.pathname}?demo=1`);
};

export function App({ config, examples, client: given, persister }: AppProps) {
  const [queryClient] = useState(createAppQueryClient);
  const [theme] = useState(() => readThemePreference(localSettingsStorage()));
  const [client] = useState(
    () =>
      given ??
      createS2Client({
        baseUrl: config.baseUrl,
        apiKey: config.apiKey,
        paceMs: config.paceMs,
        allowedOrigins: config.allowedOrigins,
      }),
  );
  const clearCache = async () => {
    queryClient.clear();
    await persister?.removeClient();
  };
  const { allowedOrigins } = config;
  const settings = (
    <>
      <ThemeToggle />
      <SettingsDialog
        effectiveBaseUrl={config.baseUrl}
        allowedOrigins={allowedOrigins}
        checkBaseUrl={(value) => parseBaseUrl(value, allowedOrigins)}
        startupProblem={config.problem}
        onSaved={() => window.location.reload()}
        onClearCache={clearCache}
        keyHeldByProxy={config.lab}
      />
    </>
  );
  return (
    <ThemeProvider initial={theme} keep={keepTheme}>
      <CacheProvider queryClient={queryClient} persister={persister}>
        <ViewProvider>
          <SessionProvider>
            <S2ClientProvider client={client}>
              <SampleOfferProvider value={config.demo ? null : openSample}>
                <SkipLink />
                <OfflineBanner />
                <RequestStatusBar
                  scheduler={client.scheduler}
                  onCancel={() => void queryClient.cancelQueries(undefined, { revert: false })}
                />
                <ExplorerPage demo={config.demo} examples={examples} settings={settings} />
              </SampleOfferProvider>
            </S2ClientProvider>
          </SessionProvider>
        </ViewProvider>
      </CacheProvider>
    </ThemeProvider>
  );
}
