// Keeps a native <dialog> shown as a modal while `open` is true. Focus goes to its first field
// on opening and back where it was on closing, in every browser and in jsdom alike.
import { useEffect, type RefObject } from 'react';

export function useModal(dialog: RefObject<HTMLDialogElement | null>, open: boolean): void {
  useEffect(() => {
    const element = dialog.current;
    if (!element || !open) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) element.showModal();
    // The file field, not the Close button that comes first.
    element.querySelector('input')?.focus();
    return () => {
      if (element.open) element.close();
      if (returnTo?.isConnected) returnTo.focus();
    };
  }, [dialog, open]);
}
