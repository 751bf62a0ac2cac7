import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boxesCollide,
  placeLabels,
  placeLabelsAt,
  placementOrder,
  type LabelBox,
  type LabelCandidate,
} from './labels';

const boxArb: fc.Arbitrary<LabelBox> = fc
  .record({
    x: fc.integer({ min: -400, max: 1400 }),
    y: fc.integer({ min: -300, max: 900 }),
    // Mostly label-sized, sometimes far larger than a grid cell (or the whole screen).
    w: fc.oneof(fc.integer({ min: 0, max: 160 }), fc.integer({ min: 0, max: 3000 })),
    h: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 1200 })),
  })
  .map(({ x, y, w, h }) => ({ x1: x, y1: y, x2: x + w, y2: y + h }));

/** Candidates with distinct keys, tied ranks now and then, and at most one pinned (the centre). */
const candidatesArb: fc.Arbitrary<LabelCandidate[]> = fc
  .uniqueArray(
    fc.record({
      key: fc.string({ minLength: 1, maxLength: 6 }),
      rank: fc.integer({ min: 0, max: 40 }),
      box: boxArb,
      alternatives: fc.array(boxArb, { maxLength: 3 }),
    }),
    { selector: (c) => c.key, maxLength: 80 },
  )
  .chain((list) =>
    fc
      .option(fc.integer({ min: 0, max: Math.max(0, list.length - 1) }), { nil: undefined })
      .map((pin) => list.map((c, i) => (i === pin ? { ...c, pinned: true } : c))),
  );

const gapArb = fc.integer({ min: 0, max: 6 });

/** The plain quadratic greedy the grid must agree with. */
function naive(
  candidates: readonly LabelCandidate[],
  gap: number,
  obstacles: readonly LabelBox[] = [],
): string[] {
  const placed: LabelBox[] = [...obstacles];
  const chosen: string[] = [];
  for (const c of placementOrder(candidates)) {
    const boxes = c.pinned ? [c.box] : [c.box, ...(c.alternatives ?? [])];
    const fits = boxes.find(
      (b) => c.pinned === true || !placed.some((p) => boxesCollide(p, b, gap)),
    );
    if (fits) {
      placed.push(fits);
      chosen.push(c.key);
    }
  }
  return chosen;
}

const obstaclesArb = fc.array(boxArb, { maxLength: 3 });

const boxesOf = (c: LabelCandidate): LabelBox[] => [c.box, ...(c.alternatives ?? [])];

/** Each placed label's key with the box it was placed at. */
function placedBoxes(
  candidates: readonly LabelCandidate[],
  options: Parameters<typeof placeLabelsAt>[1],
): Map<string, LabelBox> {
  const byKey = new Map(candidates.map((c) => [c.key, c]));
  const placed = new Map<string, LabelBox>();
  for (const { key, position } of placeLabelsAt(candidates, options)) {
    const candidate = byKey.get(key);
    const box = candidate && boxesOf(candidate)[position];
    if (box) placed.set(key, box);
  }
  return placed;
}

describe('placeLabels', () => {
  it('never chooses two labels that overlap', () => {
    fc.assert(
      fc.property(candidatesArb, gapArb, (candidates, gap) => {
        const boxes = [...placedBoxes(candidates, { gap }).values()];
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const [a, b] = [boxes[i], boxes[j]];
            if (a && b) expect(boxesCollide(a, b, gap)).toBe(false);
          }
      }),
    );
  });

  it('drops a label only when more important ones block every place it could go', () => {
    fc.assert(
      fc.property(candidatesArb, gapArb, (candidates, gap) => {
        const placed = placedBoxes(candidates, { gap });
        const order = placementOrder(candidates);
        order.forEach((dropped, index) => {
          if (placed.has(dropped.key)) return;
          const before = order.slice(0, index).flatMap((c) => {
            const box = placed.get(c.key);
            return box ? [box] : [];
          });
          for (const box of boxesOf(dropped).filter((b) =>
            [b.x1, b.x2, b.y1, b.y2].every(Number.isFinite),
          ))
            expect(before.some((b) => boxesCollide(b, box, gap))).toBe(true);
        });
      }),
    );
  });

  it('puts a label at the first of its places that fits, below the node first', () => {
    const box = (x: number): LabelBox => ({ x1: x, y1: 0, x2: x + 10, y2: 10 });
    const candidates: LabelCandidate[] = [
      { key: 'a', rank: 0, box: box(0) },
      { key: 'b', rank: 1, box: box(5), alternatives: [box(8), box(20), box(40)] },
      { key: 'c', rank: 2, box: box(40), alternatives: [box(60)] },
    ];
    expect(placeLabelsAt(candidates)).toEqual([
      { key: 'a', position: 0 },
      { key: 'b', position: 2 },
      { key: 'c', position: 0 },
    ]);
  });

  it('always labels the pinned candidate, whatever it covers', () => {
    fc.assert(
      fc.property(candidatesArb, gapArb, (candidates, gap) => {
        const chosen = placeLabels(candidates, { gap });
        const pinned = candidates.find((c) => c.pinned);
        if (pinned) expect(chosen[0]).toBe(pinned.key);
      }),
    );
  });

  it('gives the same labels whatever order the candidates come in', () => {
    fc.assert(
      fc.property(
        candidatesArb.chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
        ),
        gapArb,
        ([list, shuffled], gap) => {
          expect(placeLabels(shuffled, { gap })).toEqual(placeLabels(list, { gap }));
        },
      ),
    );
  });

  it('agrees with the plain greedy placement', () => {
    fc.assert(
      fc.property(candidatesArb, gapArb, (candidates, gap) => {
        expect(placeLabels(candidates, { gap })).toEqual(naive(candidates, gap));
      }),
    );
  });

  it('keeps every label but the pinned one off the obstacles, as the plain greedy would', () => {
    fc.assert(
      fc.property(candidatesArb, gapArb, obstaclesArb, (candidates, gap, obstacles) => {
        const chosen = placeLabels(candidates, { gap, obstacles });
        expect(chosen).toEqual(naive(candidates, gap, obstacles));
        const pinned = candidates.find((c) => c.pinned)?.key;
        for (const [key, box] of placedBoxes(candidates, { gap, obstacles })) {
          if (key === pinned) continue;
          for (const o of obstacles) expect(boxesCollide(box, o, gap)).toBe(false);
        }
      }),
    );
  });

  it('places at most `limit` labels besides the pinned one, the most important first', () => {
    fc.assert(
      fc.property(candidatesArb, fc.integer({ min: 0, max: 10 }), (candidates, limit) => {
        const all = placeLabels(candidates).filter(
          (k) => !candidates.some((c) => c.pinned && c.key === k),
        );
        const capped = placeLabels(candidates, { limit }).filter(
          (k) => !candidates.some((c) => c.pinned && c.key === k),
        );
        expect(capped).toEqual(all.slice(0, limit));
      }),
    );
  });

  it('skips boxes it cannot measure, and counts touching boxes as apart', () => {
    const box = (x: number): LabelBox => ({ x1: x, y1: 0, x2: x + 10, y2: 10 });
    const candidates: LabelCandidate[] = [
      { key: 'a', rank: 0, box: box(0) },
      { key: 'b', rank: 1, box: { ...box(50), x2: Number.NaN } },
      { key: 'c', rank: 2, box: box(10) },
      { key: 'd', rank: 3, box: box(15) },
    ];
    expect(placeLabels(candidates)).toEqual(['a', 'c']);
    expect(placeLabels(candidates, { gap: 1 })).toEqual(['a', 'd']);
  });
});
