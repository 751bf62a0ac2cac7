import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { salton, similarity, type CitationSets } from './similarity';

const ids = fc.uniqueArray(fc.integer({ min: 0, max: 40 }).map(String), { maxLength: 25 });
const sets = fc.tuple(ids, ids).map(([references, citers]): CitationSets => ({
  references: new Set(references),
  citers: new Set(citers),
}));

describe('similarity', () => {
  it('is symmetric and bounded by 0 and 1', () => {
    fc.assert(
      fc.property(sets, sets, (a, b) => {
        const ab = similarity(a, b);
        const ba = similarity(b, a);
        expect(ab).toEqual(ba);
        expect(ab.score).toBeGreaterThanOrEqual(0);
        expect(ab.score).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('ranks a paper sharing every reference above one sharing none, all else equal', () => {
    fc.assert(
      fc.property(sets, ids, (centre, others) => {
        fc.pre(centre.references.size > 0);
        const strangers = new Set(others.map((id) => `x${id}`));
        const twin = { references: centre.references, citers: new Set<string>() };
        const stranger = { references: strangers, citers: new Set<string>() };
        expect(similarity(twin, centre).score).toBeGreaterThan(similarity(stranger, centre).score);
      }),
    );
  });

  it('counts what is shared and normalises by the sizes (Salton)', () => {
    const a = { references: new Set(['1', '2', '3', '4']), citers: new Set(['9']) };
    const b = { references: new Set(['3', '4']), citers: new Set(['8']) };
    expect(similarity(a, b)).toEqual({
      sharedReferences: 2,
      coCitedBy: 0,
      score: (2 / Math.sqrt(8) + 0) / 2,
    });
    expect(salton(new Set(['1']), new Set())).toBe(0);
    expect(salton(new Set(['1', '2']), new Set(['2', '1']))).toBe(1);
  });
});
