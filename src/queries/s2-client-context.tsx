import { createContext, useContext, type ReactNode } from 'react';
import type { S2Client } from '../api/types';

const S2ClientContext = createContext<S2Client | null>(null);

export function S2ClientProvider({ client, children }: { client: S2Client; children: ReactNode }) {
  return <S2ClientContext value={client}>{children}</S2ClientContext>;
}

export function useS2Client(): S2Client {
  const client = useContext(S2ClientContext);
  if (!client) throw new Error('useS2Client must be used inside <S2ClientProvider>.');
  return client;
}
