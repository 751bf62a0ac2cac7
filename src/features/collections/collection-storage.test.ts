import 'fake-indexeddb/auto';
import { createStore, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { addSeeds, createCollection } from '../../domain/collection';
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
});
