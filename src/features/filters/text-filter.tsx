// The text filter as a person types it: every keystroke shows at once, and the filter follows
// when typing pauses (or on Enter, or on leaving the field), so thousands of papers in the list
// and the graph are filtered once per word, not once per letter — a redraw of a large graph
// never holds up the next keystroke.
import { useEffect, useRef, useState } from 'react';

/** Typing that pauses this long is applied. */
export const TEXT_QUIET_MS = 250;

interface TextFilterProps {
  readonly value: string;
  readonly onChange: (text: string) => void;
}

export function TextFilter({ value, onChange }: TextFilterProps) {
  const [text, setText] = useState(value);
  // Follow changes made elsewhere (Clear filters, Back/Forward), during render.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value);
  }
  const latest = useRef({ value, onChange });
  useEffect(() => {
    latest.current = { value, onChange };
  });
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const apply = (next: string) => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    if (next !== latest.current.value) latest.current.onChange(next);
  };

  return (
    <label className="field">
      Title, author or venue
      <input
        type="search"
        value={text}
        placeholder="e.g. transformer"
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          // Emptying the field is one deliberate act: it applies at once.
          if (next === '') {
            apply(next);
            return;
          }
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => apply(next), TEXT_QUIET_MS);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') apply(text);
        }}
        onBlur={() => {
          if (timer.current !== undefined) apply(text);
        }}
      />
    </label>
  );
}
