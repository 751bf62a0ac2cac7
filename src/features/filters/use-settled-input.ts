// A field typed into as a person types: every keystroke shows at once, and the filter follows
// when typing pauses (or on Enter, or on leaving the field), so thousands of papers in the list
// and the graph are filtered once per word or number, not once per character — a redraw of a
// large graph never holds up the next keystroke. Emptying the field applies at once.
import { useEffect, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';

/** Typing that pauses this long is applied. */
const SETTLE_MS = 250;

export interface SettledInput {
  readonly value: string;
  readonly onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  readonly onBlur: () => void;
}

/** Props for an input showing `value` and calling `apply` once typing settles. */
export function useSettledInput(value: string, apply: (text: string) => void): SettledInput {
  const [text, setText] = useState(value);
  // Follow changes made elsewhere (Clear filters, Back/Forward), during render.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value);
  }
  const latest = useRef({ value, apply });
  useEffect(() => {
    latest.current = { value, apply };
  });
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const applyNow = (next: string) => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    if (next !== latest.current.value) latest.current.apply(next);
  };

  return {
    value: text,
    onChange: (event) => {
      const next = event.target.value;
      setText(next);
      if (next === '') {
        applyNow(next);
        return;
      }
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => applyNow(next), SETTLE_MS);
    },
    onKeyDown: (event) => {
      if (event.key === 'Enter') applyNow(text);
    },
    onBlur: () => {
      if (timer.current !== undefined) applyNow(text);
    },
  };
}
