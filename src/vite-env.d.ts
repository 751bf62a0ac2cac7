/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of a Semantic Scholar Graph API compatible server. */
  readonly VITE_S2_API_URL?: string;
  /** `true` serves the offline sample through the API twin in the browser. */
  readonly VITE_DEMO?: string;
  /** `true` exposes the Cytoscape instance as `window.__cy` for tests and tools. */
  readonly VITE_EXPOSE_CY?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
