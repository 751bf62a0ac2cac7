import 'fake-indexeddb/auto';
import { createStore, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { addSeeds, createCollection, withBaseline } from '../../domain/collection';
import { toPaperId } from '../../domain/paper';
import { deleteCollection, listCollections, saveCollection } from './collection-storage';

let stores = 0;
const freshStore = () => createStore(`citescope-collections-test-${++stores}`, 'collections');
const id = (n: number) => toPaperId(n.toString(16).padStart(40, '0'));

describe('collections in the browser', () => {
  it('keeps, lists (latest change first), updates and deletes collections', async () => {
    const store = freshStore();
    const first = createCollection({
      id: 'a',
      name: 'First',
      seeds: [id(1)],
      now: new Date(1_000),
    });
    const second = createCollection({ id: 'b', name: 'Second', now: new Date(2_000) });
    await saveCollection(store, first);
    await saveCollection(store, second);
    expect((await listCollections(store)).collections.map((c) => c.id)).toEqual(['b', 'a']);

    const grown = addSeeds(first, [id(2)], new Date(3_000));
    await saveCollection(store, grown);
    const listed = await listCollections(store);
    expect(listed.collections).toEqual([grown, second]);
    expect(listed.unreadable).toEqual([]);

    await deleteCollection(store, 'b');
    expect((await listCollections(store)).collections).toEqual([grown]);
  });

  it('reports an entry that does not read as a collection instead of showing it', async () => {
    const store = freshStore();
    const good = createCollection({ id: 'good', name: 'Good', now: new Date(1_000) });
    await saveCollection(store, good);
    await set('bad-seed', { ...good, id: 'bad-seed', seeds: ['DOI:10.1/x'] }, store);
    await set('no-name', { ...good, id: 'no-name', name: '   ' }, store);
    await set('moved', { ...good, id: 'elsewhere' }, store);
    await set('junk', 'not even an object', store);
    const listed = await listCollections(store);
    expect(listed.collections).toEqual([good]);
    expect([...listed.unreadable].sort()).toEqual(['bad-seed', 'junk', 'moved', 'no-name']);
  });

  it('keeps the citation baseline, and reads entries from before it as never checked', async () => {
    const store = freshStore();
    const made = createCollection({ id: 'a', name: 'A', seeds: [id(1), id(2)], now: new Date(1) });
    const checked = withBaseline(made, new Map([[id(1), [id(10), id(11)]]]), new Date(5_000));
    await saveCollection(store, checked);
    const { baseline: _, ...old } = createCollection({ id: 'old', name: 'Old', now: new Date(2) });
    await set('old', old, store);
    await set(
      'bad-key',
      { ...checked, id: 'bad-key', baseline: { at: checked.lastChecked, citers: { x: [] } } },
      store,
    );
    const listed = await listCollections(store);
    expect(listed.collections).toEqual([{ ...old, baseline: null }, checked]);
    expect(listed.unreadable).toEqual(['bad-key']);
  });
});
