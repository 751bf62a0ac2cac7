import { describe, expect, it } from 'vitest';
import { toPaperId } from '../domain/paper';
import { NO_FILTERS } from '../graph/filters';
import {
  ALL_CITATIONS,
  centredOn,
  DEFAULT_VIEW,
  formatView,
  parseView,
  searchingFor,
  seededWith,
  type ViewState,
} from './url-codec';

const full: ViewState = {
  paper: '10.1093/mind/lix.236.433',
  search: null,
  seeds: [],
  name: null,
  layout: 'timeline',
  sizeBy: 'cited-here',
  filters: {
    yearFrom: 2010,
    yearTo: 2020,
    minCitations: 5,
    text: 'graph neural',
    showReferences: false,
    showCitations: true,
    influentialOnly: true,
    intents: ['methodology', 'none'],
    minSeedLinks: 3,
  },
  showLinks: true,
  expanded: [
    toPaperId('00000000000000000000000000000000000000aa'),
    toPaperId('00000000000000000000000000000000000000bb'),
  ],
  citationCap: 15_000,
  snapshot: '2026-11-30T07:30:00.000Z',
  demo: true,
};

describe('the view in the URL', () => {
  it('round-trips a full view and keeps ids readable', () => {
    const search = formatView(full);
    expect(search).toContain('paper=10.1093/mind/lix.236.433');
    expect(search).toContain('from=2010&to=2020');
    expect(search).toContain('cites=15000');
    expect(search).toContain('size=cited-here');
    expect(search).toContain('influential=1&intents=methodology,none');
    expect(parseView(search)).toEqual(full);
  });

  it('keeps "Load all" and a title search apart from the text filter', () => {
    const view = { ...DEFAULT_VIEW, search: 'attention is all', citationCap: ALL_CITATIONS };
    const search = formatView(view);
    expect(search).toBe('?search=attention+is+all&cites=all');
    expect(parseView(search)).toEqual(view);
    expect(parseView('?q=attention').search).toBeNull();
  });

  it('reads intents in one order, each once, and ignores names it does not know', () => {
    const { filters } = parseView('?intents=result,praise,background,result,&influential=yes');
    expect(filters.intents).toEqual(['background', 'result']);
    expect(filters.influentialOnly).toBe(false);
    expect(formatView({ ...DEFAULT_VIEW, filters })).toBe('?intents=background,result');
  });

  it('reads expansions as paperIds, each once, and drops what is not one', () => {
    const a = toPaperId('00000000000000000000000000000000000000aa');
    expect(parseView(`?expand=${a},xyz,${a},DOI:10.1/2`).expanded).toEqual([a]);
    expect(formatView({ ...DEFAULT_VIEW, expanded: [a] })).toBe(`?expand=${a}`);
  });

  it('reads seeds as paperIds, each once; one seed is a paper; a name travels with them', () => {
    const a = toPaperId('00000000000000000000000000000000000000aa');
    const b = toPaperId('00000000000000000000000000000000000000bb');
    const view = parseView(`?seeds=${a},xyz,${b},${a}&name=Review%20%231&minSeeds=2`);
    expect(view).toMatchObject({ paper: null, seeds: [a, b], name: 'Review #1' });
    expect(view.filters.minSeedLinks).toBe(2);
    expect(formatView(view)).toBe(`?seeds=${a},${b}&name=Review+%231&minSeeds=2`);
    expect(parseView(`?seeds=${a}`)).toMatchObject({ paper: a, seeds: [] });
    expect(parseView('?minSeeds=many').filters.minSeedLinks).toBe(0);
  });

  it('moves between one centre and several seeds, dropping what belonged to the other', () => {
    const a = toPaperId('00000000000000000000000000000000000000aa');
    const b = toPaperId('00000000000000000000000000000000000000bb');
    const seeded = seededWith(full, [a, b, a], 'Review');
    expect(seeded).toMatchObject({ paper: null, seeds: [a, b], name: 'Review', expanded: [] });
    expect(seeded.filters.minCitations).toBe(0);
    expect(seededWith(full, [a], 'Review')).toMatchObject({ paper: a, seeds: [], name: null });
    expect(centredOn(seeded, 'abc')).toMatchObject({ paper: 'abc', seeds: [], name: null });
  });

  it('reads every size a link may name', () => {
    expect(parseView('?size=rank').sizeBy).toBe('rank');
    expect(parseView('?size=cited-here').sizeBy).toBe('cited-here');
    expect(formatView({ ...DEFAULT_VIEW, sizeBy: 'rank' })).toBe('?size=rank');
  });

  it('writes nothing for defaults', () => {
    expect(formatView(DEFAULT_VIEW)).toBe('');
    expect(parseView('')).toEqual(DEFAULT_VIEW);
  });

  it('ignores values it cannot read instead of failing', () => {
    const view = parseView(
      '?paper=%20&search=%20&layout=spiral&size=huge&from=abc&to=20000&minCitations=-3&cites=-5&snapshot=',
    );
    expect(view).toEqual(DEFAULT_VIEW);
    expect(parseView('?cites=lots').citationCap).toBe(DEFAULT_VIEW.citationCap);
    expect(parseView('?cites=99999999').citationCap).toBe(ALL_CITATIONS);
  });

  it('swaps a reversed year range', () => {
    expect(parseView('?from=2020&to=2010').filters).toEqual({
      ...NO_FILTERS,
      yearFrom: 2010,
      yearTo: 2020,
    });
  });
});

describe('moving to another paper or a search', () => {
  it('keeps what to show, the layout and the links, and drops what belonged to the old centre', () => {
    const next = centredOn(full, 'abc');
    expect(next).toEqual({
      ...full,
      paper: 'abc',
      snapshot: null,
      citationCap: DEFAULT_VIEW.citationCap,
      expanded: [],
      filters: {
        ...full.filters,
        yearFrom: null,
        yearTo: null,
        minCitations: 0,
        text: '',
        minSeedLinks: 0,
      },
    });
  });

  it('shows a search with the layout and the mode, and nothing of the paper', () => {
    expect(searchingFor(full, 'graphs')).toEqual({
      ...DEFAULT_VIEW,
      search: 'graphs',
      layout: 'timeline',
      sizeBy: 'cited-here',
      demo: true,
    });
  });
});
