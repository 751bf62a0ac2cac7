// citation-js reads the files (BibTeX, RIS, CSL-JSON); it is large, so it loads on the first
// import, never with the app. Importing a plugin registers its formats with the core.
import type { plugins as CitePlugins } from '@citation-js/core';

export type CiteInput = (typeof CitePlugins)['input'];

let loading: Promise<CiteInput> | null = null;

export function loadCiteInput(): Promise<CiteInput> {
  loading ??= (async () => {
    const { plugins } = await import('@citation-js/core');
    await Promise.all([import('@citation-js/plugin-bibtex'), import('@citation-js/plugin-ris')]);
    return plugins.input;
  })().catch((error: unknown) => {
    // A failed download (offline, a new deploy) may succeed on the next try.
    loading = null;
    throw error;
  });
  return loading;
}
