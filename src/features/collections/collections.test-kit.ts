// What the collections tests share: collections to show, and the <dialog> methods jsdom lacks.
import { beforeAll } from 'vitest';
import { createCollection, withBaseline, type Collection } from '../../domain/collection';
import { toPaperId, type PaperId } from '../../domain/paper';

export const pid = (n: number): PaperId => toPaperId(n.toString(16).padStart(40, '0'));

/** Two collections: "Reading" (two seeds, checked once) and "Week 2" (one seed). */
export function sampleCollections(): [Collection, Collection] {
  const reading = withBaseline(
    createCollection({
      id: 'c-reading',
      name: 'Reading',
      seeds: [pid(1), pid(2)],
      now: new Date('2026-11-28T12:00:00.000Z'),
    }),
    new Map([[pid(1), [pid(10)]]]),
    new Date('2026-11-30T12:00:00.000Z'),
  );
  const week = createCollection({
    id: 'c-week',
    name: 'Week 2',
    seeds: [pid(3)],
    now: new Date('2026-12-01T12:00:00.000Z'),
  });
  return [reading, week];
}

/** jsdom has the <dialog> element but not its methods: open and close it as a browser would. */
export function withDialogMethods(): void {
  beforeAll(() => {
    HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
      if (!this.hasAttribute('open')) return;
      this.removeAttribute('open');
      this.dispatchEvent(new Event('close'));
    };
  });
}
