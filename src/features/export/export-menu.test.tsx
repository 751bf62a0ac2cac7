import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GraphNode } from '../../graph/citation-graph';
import { NO_FILTERS } from '../../graph/filters';
import {
  MAX_SNAPSHOT_BYTES,
  serializeSnapshot,
  toSnapshot,
  type ViewSnapshot,
} from '../../graph/snapshot';
import { link, paper, unresolved } from '../../test-support/papers';
import { loadPapaparse } from './csv';
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
const citing = paper(3, {
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

const SNAPSHOT: ViewSnapshot = toSnapshot({
  createdAt: new Date('2024-01-02T03:04:05.000Z'),
  centre,
  references: [link(reference), link(unmatched)],
  citations: [link(citing, true)],
  filters: { ...NO_FILTERS, text: 'bert' },
  layout: 'force',
  positions: { [centre.id]: { x: 0, y: 0 }, [citing.id]: { x: 10.5, y: -3 } },
  selectedKey: citing.id,
});

interface Download {
  readonly filename: string;
  readonly blob: Blob;
}

// jsdom has no object URLs and cannot follow a download link: record what would be saved.
let downloads: Download[] = [];
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

function renderMenu(overrides: Partial<Parameters<typeof ExportMenu>[0]> = {}) {
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

async function nextDownload(): Promise<Download> {
  await waitFor(() => {
    expect(downloads).toHaveLength(1);
  });
  return downloads[0]!;
}

describe('ExportMenu keyboard', () => {
  it('opens on the first item, moves with the arrows and closes with Escape', async () => {
    const { user, button } = renderMenu();
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();

    await user.tab();
    expect(button).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const items = screen.getAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'PNG image (2×)',
      'SVG image',
      'BibTeX (visible papers)',
      'RIS (visible papers)',
      'CSV (visible papers)',
      'View snapshot (JSON)',
    ]);
    expect(items[0]).toHaveFocus();

    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'SVG image' })).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'View snapshot (JSON)' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'PNG image (2×)' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('menuitem', { name: 'View snapshot (JSON)' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('menuitem', { name: 'PNG image (2×)' })).toHaveFocus();
    await user.keyboard('r');
    expect(screen.getByRole('menuitem', { name: 'RIS (visible papers)' })).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('opens with Enter on the first item, groups its items, and closes on a click elsewhere', async () => {
    const { user, button } = renderMenu();
    button.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('menuitem', { name: 'PNG image (2×)' })).toHaveFocus();
    // Images | citation formats | snapshot.
    expect(screen.getAllByRole('separator')).toHaveLength(2);
    await user.click(document.body);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens and closes with the mouse', async () => {
    const { user, button } = renderMenu();
    await user.click(button);
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await user.click(button);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('offers the selected paper only when there is one', async () => {
    const { user, button } = renderMenu({ selected: citing });
    await user.click(button);
    expect(screen.getByRole('menuitem', { name: 'BibTeX (selected paper)' })).toBeInTheDocument();
  });
});

describe('ExportMenu downloads', () => {
  it('saves BibTeX of the centre and the visible papers that reads back', async () => {
    const { user, button } = renderMenu();
    button.focus();
    await user.keyboard('{Enter}');
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    const { filename, blob } = await nextDownload();
    expect(filename).toMatch(/^citescope-attention-is-all-you-need-\d{4}-\d{2}-\d{2}\.bib$/);
    expect(blob.type).toBe('application/x-bibtex;charset=utf-8');
    const entries = new Cite(await blob.text()).data;
    expect(entries.map((entry) => entry.title)).toEqual([
      'Attention Is All You Need',
      'Neural Machine Translation <b>by</b> Jointly Learning',
      'An unmatched reference',
      'BERT',
    ]);
    expect(entries[0]?.DOI).toBe('10.48550/arXiv.1706.03762');
    expect(await screen.findByText(`Saved ${filename}`)).toHaveAttribute('aria-live', 'polite');
    expect(button).toHaveFocus();
  });

  it('saves BibTeX of the selected paper alone', async () => {
    const { user, button } = renderMenu({ selected: citing });
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: 'BibTeX (selected paper)' }));
    const { filename, blob } = await nextDownload();
    expect(filename).toMatch(/^citescope-bert-/);
    const entries = new Cite(await blob.text()).data;
    expect(entries.map((entry) => entry.title)).toEqual(['BERT']);
    expect(entries[0]?.author).toEqual([{ family: 'Devlin', given: 'Jacob' }]);
  });

  it('saves CSV for spreadsheets, with a byte order mark, that reads back', async () => {
    const { user, button } = renderMenu();
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: 'CSV (visible papers)' }));
    const { filename, blob } = await nextDownload();
    expect(filename).toMatch(/\.csv$/);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const Papa = await loadPapaparse();
    const rows = Papa.parse<Record<string, string>>(await blob.text(), { header: true }).data;
    expect(rows.map((row) => [row.title, row.relation])).toEqual([
      ['Attention Is All You Need', 'centre'],
      ['Neural Machine Translation <b>by</b> Jointly Learning', 'reference'],
      ['An unmatched reference', 'unresolved'],
      ['BERT', 'citation'],
    ]);
  });

  it('saves the PNG the canvas made', async () => {
    const { user, button, props } = renderMenu();
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: 'PNG image (2×)' }));
    const { filename, blob } = await nextDownload();
    expect(props.getPng).toHaveBeenCalledOnce();
    expect(filename).toMatch(/\.png$/);
    expect(await blob.text()).toBe('png');
  });

  it('saves a snapshot that parses back to the view', async () => {
    const { user, button } = renderMenu();
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: 'View snapshot (JSON)' }));
    const { filename, blob } = await nextDownload();
    expect(filename).toMatch(/\.json$/);
    expect(await blob.text()).toBe(serializeSnapshot(SNAPSHOT));
  });

  it('says why an export failed', async () => {
    const { user, button } = renderMenu({
      getSvg: () => Promise.reject(new Error('The canvas is gone.')),
    });
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: 'SVG image' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not export SVG image: The canvas is gone.',
    );
    expect(downloads).toEqual([]);
  });
});

describe('Open snapshot', () => {
  const fileInput = () => screen.getByLabelText<HTMLInputElement>('View snapshot file');

  it('opens a snapshot file and hands over the parsed view', async () => {
    const { user, props } = renderMenu();
    expect(fileInput()).toHaveAttribute('accept', '.json,application/json');
    const file = new File([serializeSnapshot(SNAPSHOT)], 'view.json', { type: 'application/json' });
    await user.upload(fileInput(), file);
    await waitFor(() => {
      expect(props.onOpenSnapshot).toHaveBeenCalledOnce();
    });
    expect(props.onOpenSnapshot).toHaveBeenCalledWith(SNAPSHOT);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows why a file is not a snapshot', async () => {
    const { user, props } = renderMenu();
    const file = new File(['{"version": 7}'], 'other.json', { type: 'application/json' });
    await user.upload(fileInput(), file);
    expect(await screen.findByRole('alert')).toHaveTextContent(/format version 7/);
    expect(props.onOpenSnapshot).not.toHaveBeenCalled();

    const broken = new File(['{"version": 1, "centre": '], 'broken.json', {
      type: 'application/json',
    });
    await user.upload(fileInput(), broken);
    await waitFor(() => {
      expect(screen.getByRole('alert')).toHaveTextContent(/not valid JSON/);
    });
    expect(props.onOpenSnapshot).not.toHaveBeenCalled();
  });

  it('refuses a file past the size bound without reading it', async () => {
    const { user, props } = renderMenu();
    const file = new File([serializeSnapshot(SNAPSHOT)], 'huge.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: 47_300_000 });
    expect(file.size).toBeGreaterThan(MAX_SNAPSHOT_BYTES);
    const read = vi.spyOn(file, 'text');
    await user.upload(fileInput(), file);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This file is 47.3 MB; Citescope opens view snapshots of up to 33.6 MB.',
    );
    expect(read).not.toHaveBeenCalled();
    expect(props.onOpenSnapshot).not.toHaveBeenCalled();
  });

  it('the button opens the file picker', async () => {
    const { user } = renderMenu();
    const click = vi.spyOn(fileInput(), 'click');
    await user.click(screen.getByRole('button', { name: 'Open snapshot…' }));
    expect(click).toHaveBeenCalledOnce();
  });
});
