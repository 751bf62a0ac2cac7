import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Collection } from '../../domain/collection';
import type { PaperId } from '../../domain/paper';
import { CollectionsPanel, type CollectionsPanelProps } from './collections-panel';
import { pid, sampleCollections, withDialogMethods } from './collections.test-kit';
import type { CollectionFormat, NewCitationsView } from './collections-types';

withDialogMethods();

const TITLES = new Map<PaperId, string>([
  [pid(1), 'Attention Is All You Need'],
  [pid(3), '<img src=x onerror=alert(1)> Graphs'],
]);

function renderPanel(overrides: Partial<CollectionsPanelProps> = {}) {
  const collections = sampleCollections();
  const onExport = vi.fn((c: Collection, format: CollectionFormat) =>
    Promise.resolve(`citescope-${c.id}.${format}`),
  );
  const spies = {
    onOpen: vi.fn<(c: Collection) => void>(),
    onRename: vi.fn<(id: string, name: string) => void>(),
    onDelete: vi.fn<(id: string) => void>(),
    onRemoveSeed: vi.fn<(id: string, seed: PaperId) => void>(),
    onExport,
  };
  const props: CollectionsPanelProps = {
    collections,
    activeId: null,
    unreadable: [],
    paperTitle: (id: PaperId) => TITLES.get(id) ?? null,
    ...spies,
    shareUrl: (c: Collection) => `https://citescope.example/?seeds=${c.seeds.join(',')}`,
    ...overrides,
  };
  const view = render(<CollectionsPanel {...props} />);
  const user = userEvent.setup();
  const card = (id: string) => {
    const found = view.container.querySelector<HTMLElement>(`[data-collection-id="${id}"]`);
    if (!found) throw new Error(`no collection ${id}`);
    return within(found);
  };
  return { props, spies, collections, user, card, rerender: view.rerender };
}

describe('CollectionsPanel', () => {
  it('says what to do when there is none, and how many entries could not be read', () => {
    renderPanel({ collections: [], unreadable: ['x', 'y'] });
    const region = screen.getByRole('region', { name: 'Collections' });
    expect(region).toHaveTextContent(
      'No collections yet. Import a .bib or RIS file, or add papers with “Add to collection”.',
    );
    expect(within(region).getByRole('alert')).toHaveTextContent(
      '2 saved collections could not be read',
    );
  });

  it('shows each collection with its seed count and date, and opens one', async () => {
    const { spies, collections, user, card } = renderPanel({ activeId: 'c-week' });
    const reading = card('c-reading');
    expect(reading.getByRole('heading', { name: 'Reading' })).toBeInTheDocument();
    expect(reading.getByText(/2 seeds · updated/)).toHaveTextContent('2026-11-28');
    expect(card('c-week').getByText(/1 seed · updated/)).toHaveTextContent('open now');
    await user.click(reading.getByRole('button', { name: 'Open “Reading”' }));
    expect(spies.onOpen).toHaveBeenCalledWith(collections[0]);
  });

  it('renames inline, refusing an empty name with its reason, and gives focus back', async () => {
    const { spies, user, card } = renderPanel();
    const reading = card('c-reading');
    await user.click(reading.getByRole('button', { name: 'Rename “Reading”' }));
    const field = reading.getByRole('textbox', { name: 'New name for “Reading”' });
    expect(field).toHaveFocus();
    await user.clear(field);
    await user.type(field, '   {Enter}');
    expect(reading.getByRole('alert')).toHaveTextContent('A collection needs a name.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(spies.onRename).not.toHaveBeenCalled();

    await user.clear(field);
    await user.type(field, '  Week  1 ');
    await user.click(reading.getByRole('button', { name: 'Save' }));
    expect(spies.onRename).toHaveBeenCalledExactlyOnceWith('c-reading', 'Week 1');
    expect(reading.queryByRole('textbox')).not.toBeInTheDocument();
    expect(reading.getByRole('button', { name: 'Rename “Reading”' })).toHaveFocus();

    await user.click(reading.getByRole('button', { name: 'Rename “Reading”' }));
    await user.keyboard('Other{Escape}');
    expect(reading.queryByRole('textbox')).not.toBeInTheDocument();
    expect(spies.onRename).toHaveBeenCalledTimes(1);
  });

  it('deletes only after the confirmation says what goes', async () => {
    const { spies, user, card } = renderPanel();
    const reading = card('c-reading');
    await user.click(reading.getByRole('button', { name: 'Delete “Reading”' }));
    const dialog = reading.getByRole('dialog', { name: 'Delete “Reading”?' });
    expect(dialog).toHaveTextContent(
      'Delete “Reading”? Its 2 seeds and log are removed from this browser.',
    );
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(reading.queryByRole('dialog')).not.toBeInTheDocument();
    expect(spies.onDelete).not.toHaveBeenCalled();

    await user.click(reading.getByRole('button', { name: 'Delete “Reading”' }));
    await user.click(within(reading.getByRole('dialog')).getByRole('button', { name: 'Delete' }));
    expect(spies.onDelete).toHaveBeenCalledExactlyOnceWith('c-reading');
  });

  it('exports in the chosen format and names the saved file, or the failure', async () => {
    const { spies, collections, user, card } = renderPanel();
    const week = card('c-week');
    await user.click(week.getByRole('button', { name: 'Export “Week 2”' }));
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual([
      'BibTeX',
      'RIS',
      'CSV',
      'List of ids',
    ]);
    await user.click(screen.getByRole('menuitem', { name: 'RIS' }));
    expect(spies.onExport).toHaveBeenCalledExactlyOnceWith(collections[1], 'ris');
    expect(await week.findByText('Saved citescope-c-week.ris')).toBeInTheDocument();

    spies.onExport.mockRejectedValueOnce(new Error('The API is out of reach.'));
    await user.click(week.getByRole('button', { name: 'Export “Week 2”' }));
    await user.keyboard('l{Enter}');
    expect(spies.onExport).toHaveBeenLastCalledWith(collections[1], 'ids');
    expect(await week.findByRole('alert')).toHaveTextContent(
      'Could not export List of ids: The API is out of reach.',
    );
  });

  it('copies the link, or shows it to copy by hand when the clipboard is refused', async () => {
    const { user, card } = renderPanel();
    const reading = card('c-reading');
    await user.click(reading.getByRole('button', { name: 'Copy link to “Reading”' }));
    expect(await navigator.clipboard.readText()).toBe(
      `https://citescope.example/?seeds=${pid(1)},${pid(2)}`,
    );
    expect(reading.getByText('Link copied.')).toBeInTheDocument();

    const week = card('c-week');
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(
      new DOMException('Refused', 'NotAllowedError'),
    );
    await user.click(week.getByRole('button', { name: 'Copy link to “Week 2”' }));
    const field = await week.findByRole('textbox', { name: /copy this link/ });
    expect(field).toHaveValue(`https://citescope.example/?seeds=${pid(3)}`);
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveFocus();
  });

  it('lists the seeds as text and removes one, moving focus to the next', async () => {
    const { props, spies, collections, user, card, rerender } = renderPanel();
    const reading = card('c-reading');
    await user.click(reading.getByText('Seeds (2)'));
    const rows = reading.getAllByRole('listitem');
    expect(rows.map((row) => row.getAttribute('data-paper-id'))).toEqual([pid(1), pid(2)]);
    expect(rows[0]).toHaveTextContent('Attention Is All You Need');
    expect(rows[1]).toHaveTextContent('(not loaded)');
    const week = card('c-week');
    await user.click(week.getByText('Seeds (1)'));
    expect(week.getByText('<img src=x onerror=alert(1)> Graphs')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();

    await user.click(
      reading.getByRole('button', { name: 'Remove “Attention Is All You Need” from “Reading”' }),
    );
    expect(spies.onRemoveSeed).toHaveBeenCalledExactlyOnceWith('c-reading', pid(1));
    const [first, second] = collections;
    rerender(<CollectionsPanel {...props} collections={[{ ...first, seeds: [pid(2)] }, second]} />);
    expect(
      reading.getByRole('button', { name: `Remove “${pid(2)}” from “Reading”` }),
    ).toHaveFocus();
  });
});

describe("CollectionsPanel's What's new", () => {
  const found: NewCitationsView = {
    since: '2026-11-30T12:00:00.000Z',
    firstCheck: false,
    papers: [
      { id: pid(20), title: 'A newer paper', year: 2026 },
      { id: pid(21), title: null, year: null },
    ],
  };

  it('asks the app to check a collection and lists what is new since the last check', async () => {
    const onCheck = vi.fn<(c: Collection) => void>();
    const controls = { onCheck, collectionId: null, checking: false, result: null };
    const { props, collections, user, card, rerender } = renderPanel({ whatsNew: controls });
    const reading = card('c-reading');
    expect(reading.getByText('Last checked 2026-11-30')).toBeInTheDocument();
    await user.click(reading.getByRole('button', { name: 'Check for new citations' }));
    expect(onCheck).toHaveBeenCalledExactlyOnceWith(collections[0]);

    rerender(
      <CollectionsPanel
        {...props}
        whatsNew={{ ...controls, collectionId: 'c-reading', checking: true }}
      />,
    );
    expect(reading.getByRole('button', { name: 'Check for new citations' })).toBeDisabled();
    expect(card('c-week').getByRole('button', { name: 'Check for new citations' })).toBeEnabled();

    rerender(
      <CollectionsPanel
        {...props}
        whatsNew={{ ...controls, collectionId: 'c-reading', result: found }}
      />,
    );
    expect(reading.getByText('2 new citing papers since 2026-11-30')).toBeInTheDocument();
    const list = document.querySelector<HTMLElement>('[data-list="new-citations"]');
    expect(list?.closest('[data-collection-id]')).toHaveAttribute(
      'data-collection-id',
      'c-reading',
    );
    const rows = within(list ?? document.body).getAllByRole('listitem');
    expect(rows.map((row) => row.getAttribute('data-paper-id'))).toEqual([pid(20), pid(21)]);
    expect(rows[0]).toHaveTextContent('A newer paper (2026)');
    expect(rows[1]).toHaveTextContent('Untitled');
    // Another collection's card does not show this result.
    expect(card('c-week').queryByText(/new citing papers/)).not.toBeInTheDocument();
  });

  it('says what a first check does, and when nothing is new', () => {
    const controls = { onCheck: vi.fn(), collectionId: 'c-week', checking: false };
    const { props, card, rerender } = renderPanel({
      whatsNew: { ...controls, result: { since: found.since, papers: [], firstCheck: true } },
    });
    expect(
      card('c-week').getByText(/^First check: the citations now known are kept/),
    ).toHaveTextContent(
      'First check: the citations now known are kept; the next check lists what is new.',
    );
    rerender(
      <CollectionsPanel
        {...props}
        whatsNew={{ ...controls, result: { ...found, papers: [], firstCheck: false } }}
      />,
    );
    expect(card('c-week').getByText('No new citing papers since 2026-11-30.')).toBeInTheDocument();
  });
});
