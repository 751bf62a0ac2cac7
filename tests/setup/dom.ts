import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});

// The app loads the graph code lazily (and preloads it while idle). Load it once up front, so a
// test that ends before that import settles never leaves a module load behind its teardown.
await import('../../src/cytoscape/graph-canvas');
