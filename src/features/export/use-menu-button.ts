// The keyboard and focus behaviour of a menu button, as the WAI-ARIA Authoring Practices describe
// it: Enter, Space or ↓ opens the menu on its first item, ↑ on its last; ↑ ↓ Home End move
// (wrapping), a letter jumps to the next item starting with it, Escape closes and gives focus
// back to the button, Tab closes and lets focus move on, a click elsewhere closes.
import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';

export interface MenuButton {
  readonly open: boolean;
  readonly buttonId: string;
  readonly menuId: string;
  readonly rootRef: RefObject<HTMLDivElement | null>;
  readonly buttonRef: RefObject<HTMLButtonElement | null>;
  /** Records item `index`'s element, from its ref callback. */
  readonly setItem: (index: number, element: HTMLButtonElement | null) => void;
  readonly toggle: () => void;
  readonly onButtonKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
  readonly onMenuKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  /** Closes the menu and puts focus back on its button. */
  readonly close: () => void;
}

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>;

/** The item a key moves to, or null when the key does not move. */
export function targetIndex(
  event: KeyLike,
  active: number,
  labels: readonly string[],
): number | null {
  const count = labels.length;
  const wrap = (index: number) => (index + count) % count;
  switch (event.key) {
    case 'ArrowDown':
      return wrap(active + 1);
    case 'ArrowUp':
      return wrap(active - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
  }
  if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return null;
  const letter = event.key.toLowerCase();
  for (let step = 1; step <= count; step += 1) {
    const index = wrap(active + step);
    if (labels[index]?.toLowerCase().startsWith(letter)) return index;
  }
  return null;
}

export function useMenuButton(labels: readonly string[]): MenuButton {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const count = labels.length;

  useEffect(() => {
    if (open) items.current[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => {
      document.removeEventListener('pointerdown', outside);
    };
  }, [open]);

  const openAt = useCallback((index: number) => {
    setActive(index);
    setOpen(true);
  }, []);

  const close = useCallback(() => {
    setOpen(false);
    buttonRef.current?.focus();
  }, []);

  const toggle = useCallback(() => {
    if (open) setOpen(false);
    else openAt(0);
  }, [open, openAt]);

  const onButtonKeyDown = useCallback(
    (event: KeyboardEvent<HTMLButtonElement>) => {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      event.preventDefault();
      openAt(event.key === 'ArrowDown' ? 0 : count - 1);
    },
    [count, openAt],
  );

  const onMenuKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        close();
        return;
      }
      if (event.key === 'Tab') {
        setOpen(false);
        return;
      }
      const target = targetIndex(event, active, labels);
      if (target === null) return;
      event.preventDefault();
      setActive(target);
    },
    [active, labels, close],
  );

  const setItem = useCallback((index: number, element: HTMLButtonElement | null) => {
    items.current[index] = element;
  }, []);

  return {
    open,
    buttonId: `${id}-button`,
    menuId: `${id}-menu`,
    rootRef,
    buttonRef,
    setItem,
    toggle,
    onButtonKeyDown,
    onMenuKeyDown,
    close,
  };
}
