// Chooses an item of the Export menu as a person would and waits for what follows: the browser's
// download, or the menu's own message saying why the export failed (which fails the test at once
// with that message, instead of waiting for a download that will never come).
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';

export interface ExportedFile {
  readonly path: string;
  readonly name: string;
}

/** Settles on whichever comes first; the other is left to fail quietly when the page closes. */
function first<T>(...promises: Promise<T>[]): Promise<T> {
  for (const promise of promises) promise.catch(() => undefined);
  return Promise.race(promises);
}

export async function exportAs(page: Page, item: string): Promise<ExportedFile> {
  await page.getByRole('button', { name: 'Export' }).click();
  const download = page.waitForEvent('download');
  // Choosing an item clears an earlier failure in the same click, so a message found after the
  // click is about this export.
  await page.getByRole('menuitem', { name: item }).click();
  const problem = page.getByRole('alert').filter({ hasText: 'Could not export' });
  const outcome: Download | string = await first<Download | string>(
    download,
    problem.waitFor().then(async () => (await problem.textContent()) ?? 'The export failed.'),
  );
  if (typeof outcome === 'string') throw new Error(outcome);
  return { path: await outcome.path(), name: outcome.suggestedFilename() };
}

export function readExport(file: ExportedFile): Promise<string> {
  return readFile(file.path, 'utf8');
}
