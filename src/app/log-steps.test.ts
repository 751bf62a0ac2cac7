import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../domain/exploration-log';
import { toPaperId, type PaperId } from '../domain/paper';
import { continuesLastStep, describeViewChange, type ViewStep } from './log-steps';
import { ALL_CITATIONS, centredOn, DEFAULT_VIEW, searchingFor, type ViewState } from './url-codec';

type View = ViewState & { readonly seeds?: readonly PaperId[] };
const id = (n: number) => toPaperId(n.toString(16).padStart(40, '0'));
const paper: View = { ...DEFAULT_VIEW, paper: id(1) };
const withFilters = (filters: Partial<ViewState['filters']>): View => ({
  ...paper,
  filters: { ...paper.filters, ...filters },
});

describe('describeViewChange: moving to another view', () => {
  it('opens a paper, named by its title when known', () => {
    expect(describeViewChange(null, paper, 'Attention Is All You Need')).toEqual({
      kind: 'open',
      summary: 'Opened “Attention Is All You Need”',
      detail: { paper: id(1), title: 'Attention Is All You Need' },
    });
    expect(describeViewChange(paper, centredOn(paper, '10.1/xyz'))).toEqual({
      kind: 'open',
      summary: 'Opened paper 10.1/xyz',
      detail: { paper: '10.1/xyz' },
    });
  });

  it('opens a paper as one step, whatever the move reset', () => {
    const busy: View = {
      ...withFilters({ yearFrom: 2018, text: 'bert' }),
      expanded: [id(7)],
      citationCap: 10_000,
    };
    expect(describeViewChange(busy, centredOn(busy, id(2)), 'BERT')?.summary).toBe('Opened “BERT”');
  });

  it('cuts a huge title in the summary', () => {
    const step = describeViewChange(null, paper, 'x'.repeat(100_000));
    expect(step?.summary.length).toBeLessThan(300);
    expect(step?.summary).toMatch(/^Opened “x+…”$/);
  });

  it('searches', () => {
    expect(describeViewChange(paper, searchingFor(paper, 'graph neural networks'))).toEqual({
      kind: 'search',
      summary: 'Searched for “graph neural networks”',
      detail: { query: 'graph neural networks' },
    });
  });

  it('shows seeds, and says which were added or removed', () => {
    const two: View = { ...DEFAULT_VIEW, seeds: [id(1), id(2)] };
    expect(describeViewChange(paper, two)).toEqual({
      kind: 'seeds',
      summary: 'Seeds: 2 papers',
      detail: { seeds: 2, added: [id(1), id(2)], removed: [] },
    });
    const three: View = { ...two, seeds: [id(1), id(2), id(3)] };
    expect(describeViewChange(two, three, 'BERT')?.summary).toBe('Seeds: 3 papers (added “BERT”)');
    const one: View = { ...two, seeds: [id(3)] };
    expect(describeViewChange(two, one)).toEqual({
      kind: 'seeds',
      summary: 'Seeds: 1 paper (added 1, removed 2)',
      detail: { seeds: 1, added: [id(3)], removed: [id(1), id(2)] },
    });
  });

  it('logs nothing when nothing is shown, or only a snapshot or the sample changed', () => {
    expect(describeViewChange(null, DEFAULT_VIEW)).toBeNull();
    expect(describeViewChange(paper, { ...paper, paper: null })).toBeNull();
    expect(
      describeViewChange(paper, { ...paper, snapshot: '2026-11-30T07:30:00.000Z' }),
    ).toBeNull();
    expect(describeViewChange(paper, { ...paper, demo: true })).toBeNull();
    expect(describeViewChange(paper, { ...paper })).toBeNull();
    const seeded: View = { ...DEFAULT_VIEW, seeds: [id(1)] };
    expect(describeViewChange(seeded, { ...seeded, seeds: [id(1)] })).toBeNull();
  });
});

describe('describeViewChange: filters', () => {
  const filter = (filters: Partial<ViewState['filters']>, from: View = paper) =>
    describeViewChange(from, withFilters(filters));

  it.each<[string, Partial<ViewState['filters']>, string, ViewStep['detail']]>([
    ['a first year', { yearFrom: 2018 }, 'Year from 2018', { changed: ['years'], yearFrom: 2018 }],
    ['a last year', { yearTo: 2020 }, 'Year up to 2020', { changed: ['years'], yearTo: 2020 }],
    [
      'both years',
      { yearFrom: 2018, yearTo: 2020 },
      'Years 2018–2020',
      { changed: ['years'], yearFrom: 2018, yearTo: 2020 },
    ],
    [
      'a minimum',
      { minCitations: 1500 },
      'At least 1,500 citations',
      { changed: ['minCitations'], minCitations: 1500 },
    ],
    ['text', { text: ' bert ' }, 'Text “bert”', { changed: ['text'], text: 'bert' }],
    [
      'references hidden',
      { showReferences: false },
      'References hidden',
      { changed: ['showReferences'], showReferences: false },
    ],
    [
      'citations hidden',
      { showCitations: false },
      'Citations hidden',
      { changed: ['showCitations'], showCitations: false },
    ],
    [
      'influential only',
      { influentialOnly: true },
      'Influential links only',
      { changed: ['influentialOnly'], influentialOnly: true },
    ],
    [
      'intents',
      { intents: ['methodology', 'none'] },
      'Intents: methodology, no intent given',
      { changed: ['intents'], intents: ['methodology', 'none'] },
    ],
  ])('names %s', (_, filters, summary, detail) => {
    expect(filter(filters)).toEqual({ kind: 'filter', summary, detail });
  });

  it('says when a filter is cleared', () => {
    const narrowed = withFilters({
      yearFrom: 2018,
      minCitations: 5,
      text: 'bert',
      showReferences: false,
      influentialOnly: true,
      intents: ['result'],
    });
    expect(describeViewChange(narrowed, paper)?.summary).toBe(
      'Any year; any number of citations; no text filter; references shown; influential or not; any intent',
    );
  });

  it('names every filter changed at once, in one step', () => {
    expect(filter({ yearFrom: 2018, minCitations: 1 })).toEqual({
      kind: 'filter',
      summary: 'Year from 2018; at least 1 citation',
      detail: { changed: ['years', 'minCitations'], yearFrom: 2018, minCitations: 1 },
    });
  });

  it('ignores white space added around the text', () => {
    expect(filter({ text: 'bert ' }, withFilters({ text: 'bert' }))).toBeNull();
  });
});

describe('describeViewChange: within one view', () => {
  it('changes the layout and what sizes the nodes', () => {
    expect(describeViewChange(paper, { ...paper, layout: 'timeline' })).toEqual({
      kind: 'layout',
      summary: 'Layout: timeline',
      detail: { layout: 'timeline' },
    });
    expect(describeViewChange(paper, { ...paper, sizeBy: 'cited-here' })).toEqual({
      kind: 'layout',
      summary: 'Size by cited here',
      detail: { sizeBy: 'cited-here' },
    });
  });

  it('shows and hides the links among the papers', () => {
    const shown = { ...paper, showLinks: true };
    expect(describeViewChange(paper, shown)).toEqual({
      kind: 'links',
      summary: 'Showed the links among the papers',
      detail: { showLinks: true },
    });
    expect(describeViewChange(shown, paper)?.summary).toBe('Hid the links among the papers');
  });

  it('expands and collapses a paper, named by its title when known', () => {
    const expanded: View = { ...paper, expanded: [id(7)] };
    expect(describeViewChange(paper, expanded, 'BERT')).toEqual({
      kind: 'expand',
      summary: 'Expanded “BERT”',
      detail: { expanded: [id(7)], title: 'BERT' },
    });
    expect(describeViewChange(paper, expanded)?.summary).toBe(`Expanded paper ${id(7)}`);
    expect(describeViewChange(expanded, paper, 'BERT')).toEqual({
      kind: 'collapse',
      summary: 'Collapsed “BERT”',
      detail: { collapsed: [id(7)], title: 'BERT' },
    });
    const both: View = { ...paper, expanded: [id(8), id(9)] };
    expect(describeViewChange(paper, both)?.summary).toBe('Expanded 2 papers');
  });

  it('raises the citations cap', () => {
    expect(describeViewChange(paper, { ...paper, citationCap: 10_000 })).toEqual({
      kind: 'filter',
      summary: 'Citations loaded: up to 10,000',
      detail: { citationCap: 10_000 },
    });
    expect(describeViewChange(paper, { ...paper, citationCap: ALL_CITATIONS })).toEqual({
      kind: 'filter',
      summary: 'Citations loaded: all',
      detail: { citationCap: 'all' },
    });
  });

  it('names every change of one move, its kind that of the first', () => {
    const next: View = { ...withFilters({ yearTo: 2020 }), expanded: [id(7)], layout: 'force' };
    expect(describeViewChange(paper, next)).toEqual({
      kind: 'expand',
      summary: `Expanded paper ${id(7)}; year up to 2020; layout: force`,
      detail: { expanded: [id(7)], changed: ['years'], yearTo: 2020, layout: 'force' },
    });
  });

  it('tells changes within a view of seeds', () => {
    const seeded: View = { ...DEFAULT_VIEW, seeds: [id(1), id(2)] };
    expect(describeViewChange(seeded, { ...seeded, layout: 'timeline' })?.kind).toBe('layout');
  });
});

describe('continuesLastStep', () => {
  const at = '2026-11-30T09:00:00.000Z';
  const last = (detail: LogEntry['detail'], kind: LogEntry['kind'] = 'filter'): LogEntry => ({
    at,
    kind,
    summary: '',
    url: '?paper=x',
    shown: null,
    ...(detail && { detail }),
  });
  const step = (changed: string[]): ViewStep => ({
    kind: 'filter',
    summary: '',
    detail: { changed },
  });
  const later = (ms: number) => new Date(Date.parse(at) + ms);

  it('carries on a change of the same one filter a few seconds later', () => {
    expect(continuesLastStep(last({ changed: ['text'] }), step(['text']), later(3_000))).toBe(true);
  });

  it('starts a new step otherwise', () => {
    const text = last({ changed: ['text'] });
    expect(continuesLastStep(text, step(['text']), later(60_000))).toBe(false);
    expect(continuesLastStep(text, step(['years']), later(1_000))).toBe(false);
    expect(continuesLastStep(text, step(['text', 'years']), later(1_000))).toBe(false);
    expect(continuesLastStep(last({ changed: ['text'] }, 'layout'), step(['text']), later(1))).toBe(
      false,
    );
    expect(continuesLastStep(last(undefined), step(['text']), later(1))).toBe(false);
    expect(continuesLastStep(undefined, step(['text']), later(1))).toBe(false);
  });
});
