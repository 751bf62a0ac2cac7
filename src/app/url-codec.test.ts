import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../graph/filters';
import { DEFAULT_VIEW, formatView, parseView } from './url-codec';

describe('the view in the URL', () => {
  it('round-trips a full view and keeps ids readable', () => {
    const view = {
      paper: '10.1093/mind/lix.236.433',
      layout: 'timeline' as const,
      filters: {
        yearFrom: 2010,
        yearTo: 2020,
        minCitations: 5,
        text: 'graph neural',
        showReferences: false,
        showCitations: true,
      },
      showLinks: true,
      demo: true,
    };
    const search = formatView(view);
    expect(search).toContain('paper=10.1093/mind/lix.236.433');
    expect(search).toContain('from=2010&to=2020');
    expect(parseView(search)).toEqual(view);
  });

  it('writes nothing for defaults', () => {
    expect(formatView(DEFAULT_VIEW)).toBe('');
    expect(parseView('')).toEqual(DEFAULT_VIEW);
  });

  it('ignores values it cannot read instead of failing', () => {
    const view = parseView('?paper=%20&layout=spiral&from=abc&to=20000&minCitations=-3');
    expect(view).toEqual(DEFAULT_VIEW);
  });

  it('swaps a reversed year range', () => {
    expect(parseView('?from=2020&to=2010').filters).toEqual({
      ...NO_FILTERS,
      yearFrom: 2010,
      yearTo: 2020,
    });
  });
});
