import { useCallback, useState } from 'react';
import styles from './graph-canvas.module.css';

export interface HoverState {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

export function useHoverTitle() {
  const [state, setState] = useState<HoverState | null>(null);
  const show = useCallback((text: string, x: number, y: number) => {
    setState({ text, x, y });
  }, []);
  const hide = useCallback(() => {
    setState(null);
  }, []);
  return { state, show, hide };
}

/** The full title of the hovered paper, as plain text. */
export function HoverTitle({ state }: { state: HoverState | null }) {
  if (!state) return null;
  return (
    <div className={styles.hoverTitle} style={{ left: state.x + 12, top: state.y + 12 }}>
      {state.text}
    </div>
  );
}
