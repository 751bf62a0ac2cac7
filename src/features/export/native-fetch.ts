// Stands in for `node-fetch` in every build of the app (see the alias in vite.config.ts).
// @citation-js/core 0.8 imports node-fetch at its top level although in a browser it only ever
// calls the global `fetch`; node-fetch is Node-only and, once loaded, calls `promisify` from a
// `node:util` that a browser does not have. A production build happened to drop it as unused
// code; the dev server loads every module it is given, so BibTeX and RIS broke there. Handing
// the library the platform's own fetch is what its next release does itself.
const nativeFetch: typeof fetch = (input, init) => globalThis.fetch(input, init);

export default nativeFetch;
export const Headers = globalThis.Headers;
