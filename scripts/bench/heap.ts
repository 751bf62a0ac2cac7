// The page's JavaScript heap after a full garbage collection, through the DevTools protocol.
// (The twin's handlers run in the page too, so the welcome screen's heap is the baseline.)
import type { Page } from 'playwright-core';

export async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 2 ** 20;
  } finally {
    await cdp.detach();
  }
}
