// citation-js is large: it loads on the first export that needs it, never with the app. The
// BibTeX and RIS plugins register themselves with the core when imported.
import type { Cite } from '@citation-js/core';

let loading: Promise<typeof Cite> | null = null;

export function loadCite(): Promise<typeof Cite> {
  loading ??= (async () => {
    const { Cite, plugins } = await import('@citation-js/core');
    await Promise.all([import('@citation-js/plugin-bibtex'), import('@citation-js/plugin-ris')]);
    // BibTeX values stay UTF-8; citations.ts escapes LaTeX's special characters itself.
    plugins.config.get('@bibtex').format.asciiOnly = false;
    return Cite;
  })().catch((error: unknown) => {
    // A failed download (offline, a new deploy) may succeed on the next try.
    loading = null;
    throw error;
  });
  return loading;
}
