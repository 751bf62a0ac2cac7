// The shape comparison the twin contract relies on (tests/support/recordings.ts) must itself be
// able to tell answers apart, or the twin contract would pass whatever the twin sends.
import { describe, expect, it } from 'vitest';
import { shapeDifferences, shapeOf } from '../tests/support/recordings';

describe('shapeDifferences', () => {
  it('finds missing and extra keys, other types, and lets null stand for any type', () => {
    const recorded = shapeOf({ offset: 0, next: 1, data: [{ p: { id: 'a', year: null } }] });
    expect(shapeDifferences(recorded, shapeOf({ offset: 0, next: 1, data: [] }))).toEqual([]);
    expect(
      shapeDifferences(recorded, shapeOf({ offset: 0, data: [{ p: { id: null, year: 1 } }] })),
    ).toEqual(['$: key "next" recorded, missing from the answer']);
    expect(
      shapeDifferences(recorded, shapeOf({ offset: '0', next: 1, data: [{ p: {}, q: 1 }] })),
    ).toEqual([
      '$.offset: number recorded, string answered',
      '$.data[].p: key "id" recorded, missing from the answer',
      '$.data[].p: key "year" recorded, missing from the answer',
      '$.data[]: key "q" answered, not recorded',
    ]);
  });

  it('compares only shared keys inside open objects', () => {
    const recorded = shapeOf({ externalIds: { DOI: 'x', MAG: 'y' } });
    const answered = shapeOf({ externalIds: { DOI: 'x', ArXiv: 'z' } });
    expect(shapeDifferences(recorded, answered, new Set(['externalIds']))).toEqual([]);
    expect(shapeDifferences(recorded, answered)).toHaveLength(2);
  });
});
