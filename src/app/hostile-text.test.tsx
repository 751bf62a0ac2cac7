// Text from the API is data, never markup. A neighbourhood whose titles, authors, venues,
// abstracts and links carry script payloads must show them as literal text, create no element
// from them, run nothing, and link nowhere but http(s).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createDatasetBuilder } from '../../mocks/dataset';
import { createTwinServer } from '../../mocks/node';
import { createPaperFactory } from '../../mocks/paper-factory';
import { renderApp } from '../../tests/support/render-app';
import { withServer } from '../../tests/support/msw-server';

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=1</script>';
const SVG = '"><svg onload="window.__pwned=1">';
const JS_URL = 'javascript:window.__pwned=1';

const factory = createPaperFactory(23, { nullRate: 0 });
const builder = createDatasetBuilder();
const centre = builder.addPaper(
  factory.make({
    year: 2015,
    title: `Centre ${SCRIPT}`,
    authors: [{ authorId: '1', name: IMG }],
    venue: SVG,
    abstract: `Centre abstract ${IMG} ${SCRIPT}`,
    tldr: { model: 'tldr@v2.0.0', text: `Centre summary ${SVG}` },
    url: JS_URL,
    isOpenAccess: true,
    openAccessPdf: { url: JS_URL, status: 'GOLD' },
  }),
);
const neighbour = builder.addPaper(
  factory.make({
    year: 2010,
    title: `Neighbour ${SVG}`,
    authors: [{ authorId: '2', name: SCRIPT }],
    venue: IMG,
    abstract: `Neighbour abstract ${SVG} ${IMG}`,
    tldr: { model: 'tldr@v2.0.0', text: `Neighbour summary ${SCRIPT}` },
    // Mixed case, leading blanks and a tab inside the scheme: URL parsers forgive all three.
    url: '  JaVaScRiPt:window.__pwned=1',
    isOpenAccess: true,
    openAccessPdf: { url: 'java\tscript:window.__pwned=1', status: 'GREEN' },
  }),
);
builder.link(centre.paperId, neighbour.paperId);
for (let i = 0; i < 3; i += 1) {
  const citing = builder.addPaper(factory.make({ year: 2020, title: `${IMG} citing ${i}` }));
  builder.link(citing.paperId, centre.paperId);
}
const server = createTwinServer(builder.build());

withServer(server);

/** Nothing in the document was made from the payloads, and none of them ran. */
function expectNothingInjected() {
  // Matched by what the payloads would make, so an image or script the app adds one day is fine.
  expect(document.querySelector('img[src="x"], [onerror], svg[onload], [onload]')).toBeNull();
  const scripts = [...document.querySelectorAll('script')];
  expect(scripts.filter((script) => script.textContent.includes('__pwned'))).toEqual([]);
  expect(Reflect.get(window, '__pwned')).toBeUndefined();
  const scriptLinks = [...document.querySelectorAll('a[href]')].filter((link) => {
    const href = link.getAttribute('href') ?? '';
    return /^\s*javascript:/i.test(href.replace(/[\t\n\r]/g, ''));
  });
  expect(scriptLinks).toEqual([]);
  for (const link of document.querySelectorAll('a')) {
    expect(['http:', 'https:']).toContain(new URL(link.href).protocol);
  }
}

/** The details panel shows the paper titled `title`, and `texts` as the very strings sent. */
function expectLiteralDetails(title: string, texts: readonly string[]) {
  const details = within(screen.getByRole('region', { name: 'Paper details' }));
  expect(details.getByRole('heading', { name: title })).toHaveTextContent(title);
  for (const text of texts) expect(details.getByText(text)).toBeVisible();
  expect(details.queryByRole('link', { name: 'PDF (open access)' })).toBeNull();
}

describe('hostile text from the API', () => {
  it('is shown as text and never becomes markup, script or a script link', async () => {
    const user = userEvent.setup();
    renderApp(`?paper=${centre.paperId}`);
    expect(
      await screen.findByText('1 reference · 3 citations', {}, { timeout: 5_000 }),
    ).toBeVisible();
    expectLiteralDetails(centre.title, [
      IMG,
      `${SVG} · 2015`,
      `Centre abstract ${IMG} ${SCRIPT}`,
      `Centre summary ${SVG}`,
    ]);
    expect(screen.getAllByText(centre.title).length).toBeGreaterThan(0);

    const row = await waitFor(() => {
      const found = document.querySelector<HTMLTableRowElement>(
        `tr[data-paper-id="${neighbour.paperId}"]`,
      );
      expect(found).not.toBeNull();
      return found!;
    });
    expect(within(row).getByText(neighbour.title)).toBeVisible();
    expect(within(row).getByText(SCRIPT)).toBeVisible();
    expect(screen.getAllByText(`${IMG} citing 0`).length).toBeGreaterThan(0);
    expectNothingInjected();

    await user.click(within(row).getByRole('button'));
    // List entries carry no TL;DR: the neighbour's details stop at the abstract.
    expectLiteralDetails(neighbour.title, [
      SCRIPT,
      `${IMG} · 2010`,
      `Neighbour abstract ${SVG} ${IMG}`,
    ]);
    expectNothingInjected();
  }, 10_000);
});

describe('the source', () => {
  const srcDir = dirname(dirname(fileURLToPath(import.meta.url)));
  const files = readdirSync(srcDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    /\.tsx?$/.test(file),
  );
  // This file names the patterns it looks for, so it is the one file not searched.
  const thisFile = join('app', 'hostile-text.test.tsx');
  const sinks = [
    /dangerouslySetInnerHTML/,
    /\b(inner|outer)HTML\s*\+?=(?!=)/,
    /\binsertAdjacentHTML\b/,
    /\bdocument\.write(ln)?\s*\(/,
  ];

  it('reads the whole tree', () => {
    expect(files).toContain(join('app', 'app.tsx'));
    expect(files).toContain(thisFile);
    expect(files.length).toBeGreaterThan(40);
  });

  it('never writes HTML into the page from a string', () => {
    const offenders = files
      .filter((file) => file !== thisFile)
      .flatMap((file) => {
        const text = readFileSync(join(srcDir, file), 'utf8');
        return sinks.filter((sink) => sink.test(text)).map((sink) => `${file}: ${sink.source}`);
      });
    expect(offenders).toEqual([]);
  });
});
