import { describe, expect, it } from 'vitest';
import { INTENTS, type Intent } from '../domain/paper';
import { buildCitationGraph } from './citation-graph';
import { NO_FILTERS, nodeMatcher, type GraphFilters, type IntentFilter } from './filters';
import { citing, paper } from '../test-support/papers';

// 60 citations: every tenth influential; intents by index so that some have one, some several
// and some none.
const intentsOf = (i: number): Intent[] =>
  INTENTS.filter((_, k) => (i >> k) % 2 === 1 && i % 7 !== 0);
const citations = Array.from({ length: 60 }, (_, i) =>
  citing(paper(100 + i), intentsOf(i), i % 10 === 0),
);
const graph = buildCitationGraph({ centre: paper(1), references: [], citations });

const shown = (filters: Partial<GraphFilters>): number =>
  graph.nodes.filter(nodeMatcher({ ...NO_FILTERS, ...filters })).length;
const expected = (keep: (i: number) => boolean): number =>
  Array.from({ length: 60 }, (_, i) => i).filter(keep).length;

describe('intent and influence filters', () => {
  it('"Influential only" keeps the links S2 marks influential', () => {
    expect(shown({ influentialOnly: true })).toBe(expected((i) => i % 10 === 0));
  });

  it.each(INTENTS)('%s keeps every link with that intent among others', (intent) => {
    const k = INTENTS.indexOf(intent);
    expect(shown({ intents: [intent] })).toBe(expected((i) => (i >> k) % 2 === 1 && i % 7 !== 0));
  });

  it('several intents match any of them; "none" adds the links that give no intent', () => {
    const wanted: IntentFilter[] = ['methodology', 'none'];
    expect(shown({ intents: wanted })).toBe(
      expected((i) => intentsOf(i).includes('methodology') || intentsOf(i).length === 0),
    );
    expect(shown({ intents: ['none'] })).toBe(expected((i) => intentsOf(i).length === 0));
  });

  it('combines with influence, and no intent checked means no intent filter', () => {
    expect(shown({ intents: [] })).toBe(60);
    expect(shown({ influentialOnly: true, intents: ['result'] })).toBe(
      expected((i) => i % 10 === 0 && intentsOf(i).includes('result')),
    );
  });
});
