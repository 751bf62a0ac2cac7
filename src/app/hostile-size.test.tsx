// A paper whose title is 10 MB (hostile, or a broken record) must not cost the app: what is
// kept in browser storage is bounded, and the page goes on working.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createDatasetBuilder } from '../../mocks/dataset';
import { createTwinServer } from '../../mocks/node';
import { createPaperFactory } from '../../mocks/paper-factory';
import { renderApp } from '../../tests/support/render-app';
import { withServer } from '../../tests/support/msw-server';
import { TRAIL_MAX_TITLE } from './session-store';

const HUGE = `A title ${'that goes on '.repeat(850_000)}`;
const factory = createPaperFactory(5, { nullRate: 0 });
const builder = createDatasetBuilder();
const centre = builder.addPaper(factory.make({ year: 2020, title: HUGE }));
for (let i = 0; i < 3; i += 1) {
  const citing = builder.addPaper(factory.make({ year: 2021 }));
  builder.link(citing.paperId, centre.paperId);
}
withServer(createTwinServer(builder.build()));

describe('a 10 MB title', () => {
  it(
    'opens, and only a bounded part of it reaches session storage',
    { timeout: 30_000 },
    async () => {
      expect(HUGE.length).toBeGreaterThan(10_000_000);
      renderApp(`?paper=${centre.paperId}`);
      await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/3 citations$/), {
        timeout: 15_000,
      });
      const stored = window.sessionStorage.getItem('citescope:trail') ?? '';
      expect(stored).toContain('A title that goes on');
      expect(stored.length).toBeLessThan(TRAIL_MAX_TITLE + 200);
    },
  );
});
