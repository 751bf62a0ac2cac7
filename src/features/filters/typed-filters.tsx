// The text filter and the minimum citations, typed as a person types (see use-settled-input.ts).
import { useSettledInput } from './use-settled-input';

interface FieldProps<T> {
  readonly value: T;
  readonly onChange: (value: T) => void;
}

export function TextFilter({ value, onChange }: FieldProps<string>) {
  const input = useSettledInput(value, onChange);
  return (
    <label className="field">
      Title, author or venue
      <input type="search" placeholder="e.g. transformer" {...input} />
    </label>
  );
}

export function MinCitationsField({ value, onChange }: FieldProps<number>) {
  const input = useSettledInput(value === 0 ? '' : String(value), (text) => {
    onChange(Math.max(0, Math.floor(Number(text) || 0)));
  });
  return (
    <label className="field">
      Minimum citations
      <input type="number" min={0} step={1} placeholder="0" {...input} />
    </label>
  );
}
