import { describe, expect, it } from 'vitest';
import {
  addSeeds,
  collectionLink,
  collectionName,
  CollectionNameError,
  createCollection,
  MAX_NAME_LENGTH,
  newCitations,
  removeSeed,
  renameCollection,
  withBaseline,
} from './collection';
import { toPaperId } from './paper';

const id = (n: number) => toPaperId(n.toString(16).padStart(40, '0'));
const start = new Date('2026-11-30T10:00:00.000Z');
const later = new Date('2026-12-01T09:30:00.000Z');

describe('a collection', () => {
  it('keeps its seeds once each, in the order they came, and stamps every edit', () => {
    const made = createCollection({
      id: 'c1',
      name: '  Graph  neural\tnets ',
      seeds: [id(1), id(2), id(1)],
      now: start,
    });
    expect(made).toEqual({
      id: 'c1',
      name: 'Graph neural nets',
      seeds: [id(1), id(2)],
      createdAt: start.toISOString(),
      updatedAt: start.toISOString(),
      lastChecked: null,
      baseline: null,
    });
    const grown = addSeeds(made, [id(2), id(3)], later);
    expect(grown.seeds).toEqual([id(1), id(2), id(3)]);
    expect(grown.updatedAt).toBe(later.toISOString());
    expect(grown.createdAt).toBe(start.toISOString());
    expect(removeSeed(grown, id(2), later).seeds).toEqual([id(1), id(3)]);
  });

  it('is left as it was by an edit that changes nothing', () => {
    const made = createCollection({ id: 'c1', name: 'Reading', seeds: [id(1)], now: start });
    expect(addSeeds(made, [id(1)], later)).toBe(made);
    expect(removeSeed(made, id(9), later)).toBe(made);
  });

  it('refuses an empty or overlong name with a typed error, and renames otherwise', () => {
    const made = createCollection({ id: 'c1', name: 'Reading', now: start });
    expect(() => renameCollection(made, ' \n ', later)).toThrow(CollectionNameError);
    expect(() => collectionName('x'.repeat(MAX_NAME_LENGTH + 1))).toThrow(
      `at most ${MAX_NAME_LENGTH} characters`,
    );
    expect(collectionName('x'.repeat(MAX_NAME_LENGTH))).toHaveLength(MAX_NAME_LENGTH);
    expect(renameCollection(made, 'Week 2 <b>', later)).toMatchObject({
      name: 'Week 2 <b>',
      updatedAt: later.toISOString(),
    });
  });
});

describe("a collection's citation baseline (What's new)", () => {
  const checked = new Date('2026-11-30T12:00:00.000Z');
  const now = (entries: [number, number[]][]) =>
    new Map(entries.map(([seed, citers]) => [id(seed), citers.map(id)]));

  it('keeps the citers of each seed, stamped, and keeps lastChecked in step', () => {
    const made = createCollection({ id: 'c1', name: 'R', seeds: [id(1), id(2)], now: start });
    const after = withBaseline(
      made,
      now([
        [1, [10, 11, 10]],
        [2, []],
        [9, [12]],
      ]),
      checked,
    );
    expect(after.baseline).toEqual({
      at: checked.toISOString(),
      citers: { [id(1)]: [id(10), id(11)], [id(2)]: [] },
    });
    expect(after.lastChecked).toBe(checked.toISOString());
    // A check is not an edit of the collection.
    expect(after.updatedAt).toBe(made.updatedAt);
  });

  it('lists nothing before the first check', () => {
    const made = createCollection({ id: 'c1', name: 'R', seeds: [id(1)], now: start });
    expect(newCitations(made, now([[1, [10]]]))).toBeNull();
  });

  it('lists the citers that came since, per seed and once in all', () => {
    const made = createCollection({ id: 'c1', name: 'R', seeds: [id(1), id(2)], now: start });
    const base = withBaseline(
      made,
      now([
        [1, [10]],
        [2, [20]],
      ]),
      checked,
    );
    const found = newCitations(
      base,
      now([
        [1, [10, 30, 31]],
        [2, [20, 31, 32]],
      ]),
    );
    expect(found?.since).toBe(checked.toISOString());
    expect([...(found?.bySeed ?? [])]).toEqual([
      [id(1), [id(30), id(31)]],
      [id(2), [id(31), id(32)]],
    ]);
    expect(found?.all).toEqual([id(30), id(31), id(32)]);
  });

  it('adds nothing for a seed added after the check, until the next one', () => {
    const made = createCollection({ id: 'c1', name: 'R', seeds: [id(1)], now: start });
    const base = addSeeds(withBaseline(made, now([[1, [10]]]), checked), [id(2)], later);
    const current = now([
      [1, [10]],
      [2, [20, 21]],
    ]);
    expect(newCitations(base, current)?.all).toEqual([]);
    const next = withBaseline(base, current, later);
    expect(
      newCitations(
        next,
        now([
          [1, [10]],
          [2, [20, 21, 22]],
        ]),
      )?.all,
    ).toEqual([id(22)]);
  });

  it("keeps a seed's earlier citers when its list could not be read at a check", () => {
    const made = createCollection({ id: 'c1', name: 'R', seeds: [id(1), id(2)], now: start });
    const first = withBaseline(
      made,
      now([
        [1, [10]],
        [2, [20]],
      ]),
      checked,
    );
    const second = withBaseline(first, now([[1, [10, 11]]]), later);
    expect(second.baseline?.citers).toEqual({ [id(1)]: [id(10), id(11)], [id(2)]: [id(20)] });
    expect(
      newCitations(
        second,
        now([
          [1, [10, 11]],
          [2, [20, 21]],
        ]),
      )?.all,
    ).toEqual([id(21)]);
  });

  it('ignores a seed that is missing from the current lists or was removed', () => {
    const made = createCollection({ id: 'c1', name: 'R', seeds: [id(1), id(2)], now: start });
    const base = removeSeed(
      withBaseline(
        made,
        now([
          [1, [10]],
          [2, [20]],
        ]),
        checked,
      ),
      id(2),
      later,
    );
    expect(newCitations(base, now([[2, [20, 21]]]))?.bySeed.size).toBe(0);
  });
});

describe('a link to a collection', () => {
  it('names the seeds with plain commas and the name encoded, on the given address', () => {
    const made = createCollection({
      id: 'c1',
      name: 'GNN & co: week 1/2 #a',
      seeds: [id(1), id(2)],
      now: start,
    });
    const link = collectionLink(made, 'https://citescope.example/app/?paper=x#top');
    expect(link).toBe(
      `https://citescope.example/app/?seeds=${id(1)},${id(2)}&name=GNN%20%26%20co%3A%20week%201%2F2%20%23a`,
    );
    const read = new URL(link).searchParams;
    expect(read.get('name')).toBe('GNN & co: week 1/2 #a');
    expect(read.get('seeds')?.split(',')).toEqual([id(1), id(2)]);
    expect(collectionLink({ name: 'Ünï', seeds: [id(3)] }, new URL('http://localhost:5173/'))).toBe(
      `http://localhost:5173/?seeds=${id(3)}&name=%C3%9Cn%C3%AF`,
    );
  });
});
