import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { appendEntry, EMPTY_LOG } from '../../domain/exploration-log';
import { logToCsv, logToJson } from '../../domain/exploration-log-files';
import { serializeSnapshot } from '../../graph/snapshot';
import { loadPapaparse } from './csv';
import { citing, downloads, nextDownload, renderMenu, SNAPSHOT } from './export-menu.test-kit';

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

describe('ExportMenu exploration log', () => {
  const log = appendEntry(EMPTY_LOG, {
    at: '2026-11-30T09:00:00.000Z',
    kind: 'import',
    summary: 'Imported library.bib: 2 found',
    url: 'https://citescope.example/?seeds=a,b',
    shown: { papers: 10, references: 4, citations: 6, seeds: 2 },
  });
  const files = {
    json: logToJson(log, { exportedAt: '2026-12-01T10:00:00.000Z' }),
    csv: logToCsv(log),
    baseName: 'Transformers review',
  };

  it('offers the log as JSON and CSV in a group of its own, only when there is one', async () => {
    const { user, button } = renderMenu({ getLog: () => files });
    await user.click(button);
    const items = screen.getAllByRole('menuitem').map((item) => item.textContent);
    expect(items.slice(-3)).toEqual([
      'View snapshot (JSON)',
      'Exploration log (JSON)',
      'Exploration log (CSV)',
    ]);
    // Images | citation formats | snapshot | log.
    expect(screen.getAllByRole('separator')).toHaveLength(3);
  });

  it('saves the log as JSON', async () => {
    const getLog = vi.fn(() => files);
    const { user, button } = renderMenu({ getLog });
    await user.click(button);
    expect(getLog).not.toHaveBeenCalled();
    await user.click(screen.getByRole('menuitem', { name: 'Exploration log (JSON)' }));
    const { filename, blob } = await nextDownload();
    expect(filename).toMatch(
      /^citescope-exploration-log-transformers-review-\d{4}-\d{2}-\d{2}\.json$/,
    );
    expect(blob.type).toBe('application/json;charset=utf-8');
    expect(JSON.parse(await blob.text())).toMatchObject({
      format: 'citescope-exploration-log',
      version: 1,
      entries: [{ kind: 'import', summary: 'Imported library.bib: 2 found' }],
    });
    expect(await screen.findByText(`Saved ${filename}`)).toBeInTheDocument();
  });

  it('saves the log as CSV for spreadsheets, with a byte order mark', async () => {
    const { user, button } = renderMenu({ getLog: () => files });
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: 'Exploration log (CSV)' }));
    const { filename, blob } = await nextDownload();
    expect(filename).toMatch(/^citescope-exploration-log-transformers-review-.*\.csv$/);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const Papa = await loadPapaparse();
    const rows = Papa.parse<Record<string, string>>(await blob.text(), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((row) => [row.kind, row.summary, row.seeds])).toEqual([
      ['import', 'Imported library.bib: 2 found', '2'],
    ]);
  });
});
