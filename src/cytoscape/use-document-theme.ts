// The resolved theme is the `data-theme` attribute on <html> (the app sets it). The canvas
// follows it when no `theme` prop says otherwise, so the drawing can never disagree with the page.
import { useSyncExternalStore } from 'react';
import type { Theme } from './palette';

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => {
    observer.disconnect();
  };
}

const read = (): Theme =>
  document.documentElement.getAttribute('data-theme') === 'dark' ? 'dark' : 'light';

export function useDocumentTheme(): Theme {
  return useSyncExternalStore(subscribe, read, () => 'light');
}
