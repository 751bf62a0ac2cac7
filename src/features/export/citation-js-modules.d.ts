// citation-js ships no types: what Citescope uses of it, and nothing more.
declare module '@citation-js/core' {
  export interface FormatOptions {
    /** `text` (default) for a string, `object` for the records before they are written. */
    readonly format?: 'text' | 'object';
  }

  export class Cite {
    /** Reads CSL-JSON, or any text a loaded plugin recognises (BibTeX, RIS …). */
    constructor(data: unknown);
    /** The entries as CSL-JSON. */
    readonly data: readonly Record<string, unknown>[];
    format(format: string, options?: FormatOptions): unknown;
  }

  interface BibtexConfig {
    readonly format: {
      /** True (the default) writes non-ASCII characters as LaTeX commands, dropping the rest. */
      asciiOnly: boolean;
    };
  }

  export const plugins: {
    readonly config: { get(plugin: '@bibtex'): BibtexConfig };
    readonly input: {
      /** One parsing step, e.g. BibTeX or RIS text to the format's raw records. */
      chainLink(input: unknown): unknown;
      /** Every step to CSL-JSON; `forceType` names the input's format when it is ambiguous. */
      chain(
        input: unknown,
        options?: { readonly generateGraph?: boolean; readonly forceType?: string },
      ): unknown;
    };
  };
}

// Importing a plugin registers it with the core; they export nothing Citescope uses.
declare module '@citation-js/plugin-bibtex' {}
declare module '@citation-js/plugin-ris' {}
