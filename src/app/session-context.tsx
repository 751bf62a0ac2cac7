// The session store, shared with the components that read or change session state.
import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createSessionStore, type SessionState, type SessionStore } from './session-store';

const SessionContext = createContext<SessionStore | null>(null);

export function SessionProvider(props: {
  readonly store?: SessionStore;
  readonly children: ReactNode;
}) {
  const [store] = useState(() => props.store ?? createSessionStore());
  return <SessionContext value={store}>{props.children}</SessionContext>;
}

export function useSession<T>(selector: (state: SessionState) => T): T {
  const store = useContext(SessionContext);
  if (!store) throw new Error('useSession must be used inside <SessionProvider>.');
  return useStore(store, selector);
}
