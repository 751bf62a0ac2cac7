// The query cache, in memory and (where the browser allows) persisted between visits.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { PersistQueryClientProvider, type Persister } from '@tanstack/react-query-persist-client';
import type { ReactNode } from 'react';
import { persistOptions } from './persistence';

interface CacheProviderProps {
  readonly queryClient: QueryClient;
  readonly persister: Persister | undefined;
  readonly children: ReactNode;
}

export function CacheProvider({ queryClient, persister, children }: CacheProviderProps) {
  if (!persister) return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  return (
    <PersistQueryClientProvider client={queryClient} persistOptions={persistOptions(persister)}>
      {children}
    </PersistQueryClientProvider>
  );
}
