// The measurement behind MAX_SNAPSHOT_BYTES, kept as a test so that the bound follows the data:
// the largest neighbourhood Citescope loads, fetched from the twin through the real client, must
// still open from its own snapshot file — as generated, and with abstracts as long as the
// recorded real API answers have them on average (1,218 characters).
import { describe, expect, it } from 'vitest';
import type { CitationLink } from '../domain/paper';
import { generateNeighbourhood } from '../../mocks/neighbourhood';
import { createTwinServer } from '../../mocks/node';
import { S2_BASE_URL } from '../../mocks/s2-handlers';
import { instantClient } from '../api/test-doubles';
import { withServer } from '../../tests/support/msw-server';
import { NO_FILTERS } from './filters';
import type { Point } from './layout/positions';
import {
  MAX_SNAPSHOT_BYTES,
  parseSnapshot,
  serializeSnapshot,
  toSnapshot,
  type ViewSnapshot,
} from './snapshot';

// As `?twin=bench-10000` serves it.
const world = generateNeighbourhood({
  seed: 4242,
  citations: 10_000,
  references: 500,
  centreYear: 2010,
});
withServer(createTwinServer(world.dataset));

const REAL_ABSTRACT_LENGTH = 1_218;

async function largestView(): Promise<ViewSnapshot> {
  const client = instantClient(S2_BASE_URL);
  const centre = await client.getPaper(world.centreId);
  const references = await client.getAllLinks(world.centreId, 'references', { max: 10_000 });
  const citations = await client.getAllLinks(world.centreId, 'citations');
  const positions: Record<string, Point> = { [centre.id]: { x: 0, y: 0 } };
  [...references.links, ...citations.links].forEach((link, index) => {
    // Layouts place nodes at arbitrary doubles: every digit of them is written.
    const angle = index * 2.399963229728653;
    positions[link.paper.id ?? `unresolved:${index}`] = {
      x: Math.cos(angle) * Math.sqrt(index) * 40.123456789,
      y: Math.sin(angle) * Math.sqrt(index) * 40.123456789,
    };
  });
  return toSnapshot({
    centre,
    references: references.links,
    citations: citations.links,
    filters: NO_FILTERS,
    layout: 'force',
    positions,
    selectedKey: null,
  });
}

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('the snapshot size bound', () => {
  it('opens the largest view Citescope loads, with real-length abstracts too', async () => {
    const view = await largestView();
    expect(view.citations.length).toBeGreaterThanOrEqual(9_999);
    const text = serializeSnapshot(view);
    expect(bytes(text)).toBeLessThan(MAX_SNAPSHOT_BYTES);
    expect(parseSnapshot(text)).toStrictEqual(view);

    const realLength = (link: CitationLink): CitationLink => ({
      ...link,
      paper: { ...link.paper, abstract: 'x'.repeat(REAL_ABSTRACT_LENGTH) },
    });
    const real = serializeSnapshot({
      ...view,
      references: view.references.map(realLength),
      citations: view.citations.map(realLength),
    });
    expect(bytes(real)).toBeLessThan(MAX_SNAPSHOT_BYTES);
    expect(parseSnapshot(real).citations).toHaveLength(view.citations.length);
  }, 60_000);
});
