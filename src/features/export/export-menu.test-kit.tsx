// What the export menu tests share: a small neighbourhood and its snapshot, the menu rendered
// with spies for what the canvas would give, and the downloads it would save (jsdom has no
// object URLs and cannot follow a download link, so they are recorded instead).
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, expect, vi } from 'vitest';
import type { GraphNode } from '../../graph/citation-graph';
import { NO_FILTERS } from '../../graph/filters';
import { toSnapshot, type ViewSnapshot } from '../../graph/snapshot';
import { link, paper, unresolved } from '../../test-support/papers';
import { ExportMenu } from './export-menu';

const centre = paper(1, {
  title: 'Attention Is All You Need',
  year: 2017,
  authors: [{ id: '1', name: 'Ashish Vaswani' }],
  externalIds: { doi: '10.48550/arXiv.1706.03762' },
});
const reference = paper(2, {
  title: 'Neural Machine Translation <b>by</b> Jointly Learning',
  year: 2014,
});
export const citing = paper(3, {
  title: 'BERT',
  year: 2019,
  authors: [{ id: null, name: 'Jacob Devlin' }],
});
const unmatched = unresolved('An unmatched reference');

const NODES: GraphNode[] = [
  { key: reference.id, paper: reference, relation: 'reference', isInfluential: false, intents: [] },
  {
    key: 'unresolved:0',
    paper: unmatched,
    relation: 'unresolved',
    isInfluential: false,
    intents: [],
  },
  { key: citing.id, paper: citing, relation: 'citation', isInfluential: true, intents: [] },
];

export const SNAPSHOT: ViewSnapshot = toSnapshot({
  createdAt: new Date('2024-01-02T03:04:05.000Z'),
  centre,
  references: [link(reference), link(unmatched)],
  citations: [link(citing, true)],
  filters: { ...NO_FILTERS, text: 'bert' },
  layout: 'force',
  positions: { [centre.id]: { x: 0, y: 0 }, [citing.id]: { x: 10.5, y: -3 } },
  selectedKey: citing.id,
});

export interface Download {
  readonly filename: string;
  readonly blob: Blob;
}

// jsdom has no object URLs and cannot follow a download link: record what would be saved.
export let downloads: Download[] = [];
const blobs = new Map<string, Blob>();
const originals = {
  createObjectURL: Object.getOwnPropertyDescriptor(URL, 'createObjectURL'),
  revokeObjectURL: Object.getOwnPropertyDescriptor(URL, 'revokeObjectURL'),
};

beforeAll(() => {
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: (url: string) => {
      blobs.delete(url);
    },
  });
});
afterAll(() => {
  for (const [name, descriptor] of Object.entries(originals)) {
    if (descriptor) Object.defineProperty(URL, name, descriptor);
    else Reflect.deleteProperty(URL, name);
  }
});
beforeEach(() => {
  downloads = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob) downloads.push({ filename: this.download, blob });
  });
});

export function renderMenu(overrides: Partial<Parameters<typeof ExportMenu>[0]> = {}) {
  const props = {
    centre,
    nodes: NODES,
    selected: null,
    getPng: vi.fn(() => Promise.resolve(new Blob(['png'], { type: 'image/png' }))),
    getSvg: vi.fn(() => Promise.resolve('<svg xmlns="http://www.w3.org/2000/svg"/>')),
    getSnapshot: vi.fn(() => SNAPSHOT),
    onOpenSnapshot: vi.fn<(snapshot: ViewSnapshot) => void>(),
    ...overrides,
  };
  render(<ExportMenu {...props} />);
  const user = userEvent.setup();
  const button = screen.getByRole('button', { name: 'Export' });
  return { props, user, button };
}

export async function nextDownload(): Promise<Download> {
  await waitFor(() => {
    expect(downloads).toHaveLength(1);
  });
  return downloads[0]!;
}
