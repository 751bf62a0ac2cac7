/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of a Semantic Scholar Graph API compatible server. */
  readonly VITE_S2_API_URL?: string;
  /** More origins the app may connect to for the API, comma-separated (see api-origins.ts). */
  readonly VITE_S2_ALLOWED_ORIGINS?: string;
  /** `true` serves the offline sample through the API twin in the browser. */
  readonly VITE_DEMO?: string;
  /** `true` for a lab's proxy (`npm run lab`): the API at the page's own origin, the key there. */
  readonly VITE_LAB?: string;
  /** `true` exposes the Cytoscape instance as `window.__cy` for tests and tools. */
  readonly VITE_EXPOSE_CY?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
