import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LogEntry } from '../../domain/exploration-log';
import { ExplorationLogPanel, LOG_PAGE } from './exploration-log-panel';

const step = (n: number, overrides: Partial<LogEntry> = {}): LogEntry => ({
  at: new Date(Date.UTC(2026, 10, 30, 9, n)).toISOString(),
  kind: 'filter',
  summary: `Step ${n}`,
  url: `https://citescope.example/?paper=p&minCitations=${n}`,
  shown: null,
  ...overrides,
});

const ENTRIES: LogEntry[] = [
  step(1, {
    kind: 'open',
    summary: 'Opened “Attention Is All You Need”',
    shown: { papers: 120, references: 40, citations: 80 },
  }),
  step(2, {
    kind: 'import',
    summary: 'Imported library.bib: 42 found, 1 not found',
    url: '?seeds=a,b',
    shown: { papers: 1, references: 1, citations: 0, seeds: 2 },
  }),
  step(3, { summary: 'Year from 2018' }),
];

function renderPanel(props: Partial<Parameters<typeof ExplorationLogPanel>[0]> = {}) {
  const onOpenUrl = vi.fn<(url: string) => void>();
  render(<ExplorationLogPanel entries={ENTRIES} dropped={0} onOpenUrl={onOpenUrl} {...props} />);
  const region = screen.getByRole('region', { name: 'Exploration log' });
  const rows = () => within(region).queryAllByRole('listitem');
  return { onOpenUrl, region, rows, user: userEvent.setup() };
}

// jsdom cannot navigate: a click the app leaves to the browser is stopped here, after noting
// whether the app had taken it.
let leftToBrowser: boolean[] = [];
const stopNavigation = (event: MouseEvent) => {
  leftToBrowser.push(!event.defaultPrevented);
  event.preventDefault();
};
document.addEventListener('click', stopNavigation);
afterEach(() => {
  leftToBrowser = [];
});

describe('ExplorationLogPanel', () => {
  it('lists every step newest first, with its time, kind, summary and counts', () => {
    const { region, rows } = renderPanel({ title: 'Transformers review' });
    expect(within(region).getByText('Transformers review')).toBeInTheDocument();
    const list = region.querySelector('[data-list="exploration-log"]');
    expect(list).not.toBeNull();
    expect(rows().map((row) => row.dataset.logKind)).toEqual(['filter', 'import', 'open']);
    const [latest, imported, opened] = rows();
    expect(latest).toHaveTextContent('Year from 2018');
    expect(within(latest!).queryByText(/papers/)).not.toBeInTheDocument();
    expect(imported).toHaveTextContent('Import');
    expect(imported).toHaveTextContent('2 seeds · 1 paper · 1 reference · 0 citations');
    expect(opened).toHaveTextContent('Opened “Attention Is All You Need”');
    expect(opened).toHaveTextContent('120 papers · 40 references · 80 citations');
    const time = opened!.querySelector('time');
    expect(time).toHaveAttribute('dateTime', ENTRIES[0]!.at);
    expect(time?.textContent).toMatch(/2026/);
  });

  it('opens a step’s view in the app on a click, and leaves other clicks to the browser', async () => {
    const { rows, onOpenUrl, user } = renderPanel();
    const link = within(rows()[1]!).getByRole('link', { name: 'Open this view' });
    expect(link).toHaveAttribute('href', '?seeds=a,b');
    expect(link).toHaveAccessibleDescription('Imported library.bib: 42 found, 1 not found');
    await user.click(link);
    expect(onOpenUrl).toHaveBeenCalledExactlyOnceWith('?seeds=a,b');
    expect(leftToBrowser).toEqual([false]);

    await user.keyboard('{Control>}');
    await user.click(link);
    await user.keyboard('{/Control}');
    expect(onOpenUrl).toHaveBeenCalledOnce();
    expect(leftToBrowser).toEqual([false, true]);
  });

  it('shows text as text, and links to no address that is not a view', () => {
    const { rows } = renderPanel({
      entries: [
        step(1, {
          summary: 'Opened “<img src=x onerror=alert(1)>”',
          url: 'javascript:alert(1)',
        }),
      ],
    });
    const [row] = rows();
    expect(row).toHaveTextContent('Opened “<img src=x onerror=alert(1)>”');
    expect(row!.querySelector('img')).toBeNull();
    expect(within(row!).queryByRole('link')).not.toBeInTheDocument();
  });

  it('says when there are no steps yet', () => {
    const { region, rows } = renderPanel({ entries: [] });
    expect(rows()).toEqual([]);
    expect(region).toHaveTextContent(/No steps yet/);
  });

  it('says how many steps are no longer kept and how many could not be read', () => {
    const { region } = renderPanel({ dropped: 1200, unreadable: 2 });
    expect(region).toHaveTextContent('1,200 earlier steps are no longer kept.');
    expect(region).toHaveTextContent('2 stored steps could not be read and are left out.');
  });

  it('shows the latest steps of a long log and unfolds the earlier ones on request', async () => {
    const entries = Array.from({ length: LOG_PAGE + 50 }, (_, n) => step(n));
    const { region, rows, user } = renderPanel({ entries, dropped: 10 });
    expect(rows()).toHaveLength(LOG_PAGE);
    expect(rows()[0]).toHaveTextContent(`Step ${LOG_PAGE + 49}`);
    expect(rows().at(-1)).toHaveTextContent('Step 50');

    await user.click(within(region).getByRole('button', { name: 'Show earlier steps (50 more)' }));
    expect(rows()).toHaveLength(LOG_PAGE + 50);
    expect(rows().at(-1)).toHaveTextContent('Step 0');
    expect(within(region).queryByRole('button', { name: /Show earlier/ })).not.toBeInTheDocument();
    // The keyboard goes on from the first step revealed.
    expect(rows()[LOG_PAGE]).toHaveFocus();
    expect(rows()[LOG_PAGE]).toHaveTextContent('Step 49');
  });
});
