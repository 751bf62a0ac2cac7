import cytoscape from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { handleGraphKey, nearestInDirection } from './keyboard';

const at = (id: string, x: number, y: number) => ({ id, point: { x, y } });

describe('nearestInDirection', () => {
  const candidates = [
    at('right-near', 10, 1),
    at('right-far', 50, 0),
    at('up', 0, -20),
    at('diag', 10, 30),
  ];

  it('picks the nearest candidate within the cone of the direction', () => {
    expect(nearestInDirection({ x: 0, y: 0 }, 'right', candidates)?.id).toBe('right-near');
    expect(nearestInDirection({ x: 0, y: 0 }, 'up', candidates)?.id).toBe('up');
    expect(nearestInDirection({ x: 0, y: 0 }, 'down', candidates)?.id).toBe('diag');
    expect(nearestInDirection({ x: 0, y: 0 }, 'left', candidates)).toBeNull();
  });
});

describe('handleGraphKey', () => {
  function graph() {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    cy.add([
      { data: { id: 'c', relation: 'centre', main: true }, position: { x: 0, y: 0 } },
      { data: { id: 'r', relation: 'reference' }, position: { x: -100, y: 0 } },
      { data: { id: 'k', relation: 'citation' }, position: { x: 100, y: 0 } },
    ]);
    return cy;
  }

  it('moves the selection with the arrows, starting from the centre', () => {
    const onSelect = vi.fn();
    const used = handleGraphKey(graph(), 'ArrowRight', {
      selectedKey: null,
      onSelect,
      onOpen: vi.fn(),
    });
    expect(used).toBe(true);
    expect(onSelect).toHaveBeenCalledWith('k');
  });

  it('opens the selected paper with Enter, but never the centre', () => {
    const onOpen = vi.fn();
    handleGraphKey(graph(), 'Enter', { selectedKey: 'r', onSelect: vi.fn(), onOpen });
    handleGraphKey(graph(), 'Enter', { selectedKey: 'c', onSelect: vi.fn(), onOpen });
    expect(onOpen.mock.calls).toEqual([['r']]);
  });

  it('expands (or collapses) the selected paper with E, but never the centre', () => {
    const onExpand = vi.fn();
    const press = (key: string, selectedKey: string | null) =>
      handleGraphKey(graph(), key, { selectedKey, onSelect: vi.fn(), onOpen: vi.fn(), onExpand });
    expect(press('e', 'k')).toBe(true);
    expect(press('E', 'r')).toBe(true);
    expect(press('e', 'c')).toBe(false);
    expect(press('e', null)).toBe(false);
    expect(onExpand.mock.calls).toEqual([['k'], ['r']]);
  });

  it('clears with Escape and leaves other keys alone', () => {
    const onSelect = vi.fn();
    expect(handleGraphKey(graph(), 'Escape', { selectedKey: 'r', onSelect, onOpen: vi.fn() })).toBe(
      true,
    );
    expect(onSelect).toHaveBeenCalledWith(null);
    expect(handleGraphKey(graph(), 'a', { selectedKey: 'r', onSelect, onOpen: vi.fn() })).toBe(
      false,
    );
  });
});
