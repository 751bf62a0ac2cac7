// A shared link fetches the explorer's code and the view's first request together: with the
// explorer's chunk held back, the paper (or the seeds) is already asked for, and once the code
// is in, the view draws what arrived without asking again.
import { render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createRequestCounter } from '../../mocks/handler-context';
import { generateNeighbourhood } from '../../mocks/neighbourhood';
import { createTwinServer } from '../../mocks/node';
import { S2_BASE_URL } from '../../mocks/s2-handlers';
import { withServer } from '../../tests/support/msw-server';
import { createS2Client } from '../api/client';
import { App } from './app';

// The explorer's chunk arrives only when a test lets it (this file never imports it itself).
const chunk = vi.hoisted(() => {
  const gate: { asked: boolean; release?: () => void; arrived?: Promise<void> } = { asked: false };
  gate.arrived = new Promise<void>((resolve) => {
    gate.release = resolve;
  });
  return gate;
});
vi.mock('./explorer-route', async (importOriginal) => {
  chunk.asked = true;
  await chunk.arrived;
  return importOriginal();
});

const world = generateNeighbourhood({
  seed: 5,
  references: 6,
  citations: 8,
  nullRate: 0,
  centre: { title: 'Opened from a shared link' },
});
const counter = createRequestCounter();
withServer(createTwinServer(world.dataset, { onRequest: counter.onRequest }));

function openLink(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  window.sessionStorage.clear();
  const client = createS2Client({
    baseUrl: S2_BASE_URL,
    apiKey: null,
    scheduler: { minIntervalMs: 0, maxRetries: 0, attemptTimeoutMs: 5_000 },
  });
  render(
    <App
      config={{
        baseUrl: S2_BASE_URL,
        apiKey: null,
        paceMs: 0,
        demo: false,
        allowedOrigins: [new URL(S2_BASE_URL).origin],
        problem: null,
      }}
      examples={[]}
      client={client}
    />,
  );
}

beforeEach(() => {
  counter.reset();
});

describe('a link to a paper', () => {
  // The time allowed is for compiling the explorer once it is let through.
  it(
    'asks for the paper while the explorer’s code is on its way, and only once',
    { timeout: 30_000 },
    async () => {
      openLink(`?paper=${world.centreId}`);
      expect(screen.getByText('Loading the paper…')).toHaveAttribute('role', 'status');

      await waitFor(() => expect(counter.count('paper')).toBe(1));
      expect(chunk.asked).toBe(true);
      // The paper is in; the view still waits for its code, and says what it is doing.
      expect(screen.getByText('Loading the paper…')).toHaveAttribute('role', 'status');
      expect(screen.queryByRole('heading', { name: 'Opened from a shared link' })).toBeNull();

      chunk.release?.();
      expect(
        await screen.findByRole(
          'heading',
          { name: 'Opened from a shared link' },
          { timeout: 10_000 },
        ),
      ).toBeVisible();
      expect(counter.count('paper')).toBe(1);
    },
  );
});
