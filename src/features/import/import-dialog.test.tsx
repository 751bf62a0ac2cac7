import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRequestCounter } from '../../../mocks/handler-context';
import { IMPORT_SAMPLE_PAPERS } from '../../../mocks/import-sample';
import { createTwinServer } from '../../../mocks/node';
import { S2_BASE_URL } from '../../../mocks/s2-handlers';
import { createSampleDataset } from '../../../mocks/sample';
import { withServer } from '../../../tests/support/msw-server';
import { createS2Client } from '../../api/client';
import { S2ClientProvider } from '../../queries/s2-client-context';
import { ImportDialog, type ImportDialogProps, type ImportResult } from './import-dialog';

const dataset = createSampleDataset();
const counter = createRequestCounter();
const server = createTwinServer(dataset, { onRequest: counter.onRequest });
withServer(server);

// jsdom has the <dialog> element but not its methods.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});
afterEach(() => {
  vi.useRealTimers();
});

// In jsdom import.meta.url is not a file: URL, so the fixture is found from this folder.
const BIB = readFileSync(
  resolve(import.meta.dirname, '../../../tests/fixtures/import/library.bib'),
);
const idOf = (title: string) => IMPORT_SAMPLE_PAPERS.find((p) => p.title === title)?.paperId;
const BATCH = `${S2_BASE_URL}/paper/batch`;
const tooMany = () => HttpResponse.json({ message: 'Too Many Requests' }, { status: 429 });

function renderDialog(props: Partial<ImportDialogProps> = {}) {
  const onImport = vi.fn<(result: ImportResult) => void>();
  const client = createS2Client({
    baseUrl: S2_BASE_URL,
    paceMs: 0,
    scheduler: { minIntervalMs: 0, maxRetries: 0 },
  });
  render(
    <S2ClientProvider client={client}>
      <ImportDialog onImport={onImport} {...props} />
    </S2ClientProvider>,
  );
  return { onImport, user: userEvent.setup({ applyAccept: false }) };
}

type User = ReturnType<typeof userEvent.setup>;
const dialog = () => within(screen.getByRole('dialog', { name: 'Import papers' }));
const status = () => dialog().getByRole('status');
const list = () => {
  const found = screen.getByRole('dialog').querySelector('[data-list="import-outcomes"]');
  if (!found) throw new Error('the outcome list is not on screen');
  return found;
};
const kinds = () => [...list().querySelectorAll('li')].map((li) => li.dataset.outcome);
const row = (position: number) => {
  const li = list().querySelector<HTMLElement>(`li[data-position="${position}"]`);
  if (!li) throw new Error(`entry ${position} is not listed`);
  return li;
};
const finished = () => waitFor(() => expect(status()).toHaveTextContent(/^Looked up \d+ entries/));

async function paste(user: User, lines: readonly string[]) {
  await user.click(screen.getByRole('button', { name: 'Import' }));
  await user.click(dialog().getByLabelText('Or paste identifiers, one per line'));
  await user.paste(lines.join('\n'));
  await user.click(dialog().getByRole('button', { name: 'Read entries' }));
}

async function upload(user: User, file: File) {
  await user.click(screen.getByRole('button', { name: 'Import' }));
  await user.upload(dialog().getByLabelText('File (.bib, .ris, CSL-JSON)'), file);
  await user.click(dialog().getByRole('button', { name: 'Read entries' }));
}

const bibFile = () => new File([BIB], 'library.bib', { type: 'text/x-bibtex' });

describe('ImportDialog', () => {
  it('looks pasted identifiers up, names the unknown one, and opens the found papers', async () => {
    vi.setSystemTime(new Date(2026, 10, 30, 9, 30));
    const { onImport, user } = renderDialog();
    const unknown = '10.5555/citescope.import.0404';
    await paste(user, ['10.1038/nature14539', 'arXiv:1706.03762', unknown]);
    await finished();
    expect(kinds()).toEqual(['found', 'found', 'not-found']);
    expect(row(1)).toHaveTextContent('Found: Deep learning');
    expect(row(3)).toHaveTextContent(`Not found: nothing is known by DOI:${unknown}`);
    expect(
      dialog().getByText('2 found · 0 found by title · 1 not found · 0 unreadable · 0 duplicate'),
    ).toBeInTheDocument();

    const name = dialog().getByLabelText('Collection name');
    expect(name).toHaveValue('Imported on 2026-11-30');
    await user.clear(name);
    await user.click(dialog().getByRole('button', { name: 'Open 2 papers as seeds' }));
    expect(dialog().getByRole('alert')).toHaveTextContent('A collection needs a name.');
    expect(name).toHaveFocus();
    expect(onImport).not.toHaveBeenCalled();

    await user.type(name, '  Transformers   reading ');
    await user.click(dialog().getByRole('button', { name: 'Open 2 papers as seeds' }));
    expect(onImport).toHaveBeenCalledTimes(1);
    const result = onImport.mock.calls[0]?.[0];
    expect(result?.name).toBe('Transformers reading');
    expect(result?.source).toBe('pasted text');
    expect(result?.seeds.map((p) => p.id)).toEqual([
      idOf('Deep learning'),
      idOf('Attention Is All You Need'),
    ]);
    expect(result?.outcomes.map((o) => o.kind)).toEqual(['found', 'found', 'not-found']);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import' })).toHaveFocus();
  });

  it('lists every entry of the .bib fixture; a title match counts once confirmed', async () => {
    const { onImport, user } = renderDialog();
    counter.reset();
    await upload(user, bibFile());
    await finished();
    expect(kinds()).toEqual([
      'found',
      'found',
      'found',
      'found',
      'found-by-title',
      'found',
      'found',
      'not-found',
      'duplicate',
      'unreadable',
      'found',
    ]);
    expect(counter.requests.map((r) => r.endpoint)).toEqual(['batch', 'match']);
    expect(
      dialog().getByText('7 found · 1 found by title · 1 not found · 1 unreadable · 1 duplicate'),
    ).toBeInTheDocument();
    expect(row(2)).toHaveTextContent('Found: Attention Is All You Need');
    expect(row(8)).toHaveTextContent('DOI:10.5555/citescope.import.0404');
    expect(row(9)).toHaveTextContent('Duplicate of entry 1');
    expect(row(10)).toHaveTextContent(/Unreadable: .+/);
    const gegenwart = 'Die gegenwärtige Situation in der Quantenmechanik';
    expect(row(5)).toHaveTextContent(`${gegenwart}Found by title: ${gegenwart}`);
    expect(dialog().getByLabelText('Collection name')).toHaveValue('library');

    // The entries to look at, alone: all but the seven found, in entry order.
    const only = dialog().getByRole('checkbox', { name: /Only the 4 entries not simply found/ });
    await user.click(only);
    expect(kinds()).toEqual(['found-by-title', 'not-found', 'duplicate', 'unreadable']);
    await user.click(only);
    expect(kinds()).toHaveLength(11);

    const use = within(row(5)).getByRole('checkbox', { name: 'Use this match' });
    expect(use).not.toBeChecked();
    expect(dialog().getByRole('button', { name: 'Open 7 papers as seeds' })).toBeEnabled();
    await user.click(dialog().getByRole('button', { name: 'Use all title matches' }));
    expect(use).toBeChecked();
    await user.click(use);
    expect(dialog().getByRole('button', { name: 'Open 7 papers as seeds' })).toBeEnabled();
    await user.click(use);
    await user.click(dialog().getByRole('button', { name: 'Open 8 papers as seeds' }));

    const result = onImport.mock.calls[0]?.[0];
    expect(result?.source).toBe('library.bib');
    expect(result?.name).toBe('library');
    expect(result?.outcomes).toHaveLength(11);
    expect(result?.seeds.map((p) => p.id)).toEqual(IMPORT_SAMPLE_PAPERS.map((p) => p.paperId));
  });

  it('asks for 600 identifiers in ⌈600/500⌉ batch requests', async () => {
    const dois = [...dataset.papers.values()]
      .flatMap((p) => (p.externalIds?.DOI ? [`doi:${p.externalIds.DOI}`] : []))
      .slice(0, 600);
    expect(dois).toHaveLength(600);
    const { user } = renderDialog();
    counter.reset();
    await paste(user, dois);
    await finished();
    expect(counter.count('batch')).toBe(2);
    expect(counter.count()).toBe(2);
    expect(kinds().filter((kind) => kind === 'found')).toHaveLength(600);
    expect(dialog().getByRole('button', { name: 'Open 600 papers as seeds' })).toBeEnabled();
  }, 30_000);

  it('cancels a lookup in progress and stays usable', async () => {
    let entered!: () => void;
    const asked = new Promise<void>((resolve) => (entered = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.post(
        BATCH,
        async () => {
          entered();
          await released;
          return HttpResponse.json([null, null]);
        },
        { once: true },
      ),
    );
    const { onImport, user } = renderDialog();
    await paste(user, ['10.1038/nature14539', 'arXiv:1706.03762']);
    await asked;
    expect(status()).toHaveTextContent('Resolving 0 of 2 entries…');
    await user.click(dialog().getByRole('button', { name: 'Cancel' }));
    expect(status()).toHaveTextContent('Import cancelled: nothing was imported.');
    expect(screen.getByRole('dialog').querySelector('[data-list]')).toBeNull();
    release();

    await user.click(dialog().getByRole('button', { name: 'Read entries' }));
    await finished();
    expect(kinds()).toEqual(['found', 'found']);
    expect(onImport).not.toHaveBeenCalled();
  });

  it('keeps what is known when the batch is rate limited, and Resume completes it', async () => {
    server.use(http.post(BATCH, tooMany, { once: true }));
    const { user } = renderDialog();
    await upload(user, bibFile());
    const resume = await dialog().findByRole('button', { name: 'Resume' });
    expect(status()).toHaveTextContent(/stopped after 1 of 11 entries/);
    expect(kinds().filter((kind) => kind !== 'pending')).toEqual(['duplicate', 'unreadable']);
    expect(row(10)).toHaveTextContent(/Unreadable/);
    expect(dialog().getByText(/· 9 not looked up yet$/)).toBeInTheDocument();

    counter.reset();
    await user.click(resume);
    await finished();
    expect(kinds()).not.toContain('pending');
    expect(counter.requests.map((r) => r.endpoint)).toEqual(['batch', 'match']);
  });

  it('on Resume asks only for the entries still pending', async () => {
    server.use(http.get(`${S2_BASE_URL}/paper/search/match`, tooMany, { once: true }));
    const { user } = renderDialog();
    await paste(user, ['arXiv:1706.03762', 'Die gegenwärtige Situation in der Quantenmechanik']);
    const resume = await dialog().findByRole('button', { name: 'Resume' });
    expect(kinds()).toEqual(['found', 'pending']);
    counter.reset();
    await user.click(resume);
    await finished();
    expect(kinds()).toEqual(['found', 'found-by-title']);
    expect(counter.requests.map((r) => r.endpoint)).toEqual(['match']);
  });

  it.each([
    ['empty.bib', '', '“empty.bib” is empty: there is nothing to import.'],
    ['paper.pdf', '%PDF-1.7\n\u0000\u0001 stream', '“paper.pdf” is not a text file.'],
    ['notes.docx', 'Some notes\nof mine', '“notes.docx” is not a BibTeX, RIS or CSL-JSON file.'],
    ['comments.bib', '% only a comment\n', 'No entries found in “comments.bib”.'],
  ])('refuses %s with a clear message and stays usable', async (name, content, message) => {
    const { user } = renderDialog();
    counter.reset();
    await upload(user, new File([content], name));
    expect(await dialog().findByRole('alert')).toHaveTextContent(message);
    expect(counter.count()).toBe(0);

    await user.click(dialog().getByLabelText('Or paste identifiers, one per line'));
    await user.paste('10.1038/nature14539');
    await user.click(dialog().getByRole('button', { name: 'Read entries' }));
    await finished();
    expect(dialog().queryByRole('alert')).not.toBeInTheDocument();
    expect(kinds()).toEqual(['found']);
  });

  it('takes focus in, closes on Escape and gives focus back', async () => {
    const { user } = renderDialog();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(dialog().getByLabelText('File (.bib, .ris, CSL-JSON)')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import' })).toHaveFocus();
  });

  it('opens from outside and tells its owner when it closes', async () => {
    const onOpenChange = vi.fn<(open: boolean) => void>();
    const { user } = renderDialog({ open: true, onOpenChange });
    await user.click(dialog().getByRole('button', { name: 'Close' }));
    expect(onOpenChange).toHaveBeenCalledWith(false);
  });
});
