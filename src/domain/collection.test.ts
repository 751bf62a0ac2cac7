import { describe, expect, it } from 'vitest';
import {
  addSeeds,
  collectionName,
  CollectionNameError,
  createCollection,
  MAX_NAME_LENGTH,
  removeSeed,
  renameCollection,
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
