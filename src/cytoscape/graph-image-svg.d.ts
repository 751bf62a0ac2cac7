// cytoscape-svg ships no types. It exports one function that registers `cy.svg()` on the core.
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';

  const register: Ext;
  export default register;
}
