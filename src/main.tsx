import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { readRuntimeConfig } from './app/runtime-config';
import { createCachePersister, flushWhenHidden } from './app/cache-persister';
import './app/app.css';

async function boot(): Promise<void> {
  const config = readRuntimeConfig();
  // The API twin (and the sample it serves) loads only in demo mode, never in the main bundle.
  const examples = config.demo
    ? await import('./app/demo-mode').then((demo) =>
        demo.startDemo(config.baseUrl, window.location.search),
      )
    : [];
  // Private windows and some embedded browsers have no IndexedDB: run without the cache there.
  const persister =
    'indexedDB' in window
      ? createCachePersister({ baseUrl: config.baseUrl, mode: config.demo ? 'demo' : 'live' })
      : undefined;
  if (persister) flushWhenHidden(persister);
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element.');
  createRoot(root).render(
    <StrictMode>
      <App config={config} examples={examples} persister={persister} />
    </StrictMode>,
  );
}

void boot();
