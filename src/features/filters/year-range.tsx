import * as Slider from '@radix-ui/react-slider';
import { useState } from 'react';
import type { YearHistogram } from '../../graph/year-histogram';
import styles from './filters.module.css';
import { NotDrawnNote } from './not-drawn-note';
import { NoYearBar, YearBars } from './year-bars';

interface YearRangeProps {
  readonly histogram: YearHistogram;
  readonly from: number | null;
  readonly to: number | null;
  readonly onChange: (from: number | null, to: number | null) => void;
}

/** A typed year, or null while the field is empty or not a year yet. */
function readYear(text: string): number | null {
  return /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : null;
}

export function YearRange({ histogram, from, to, onChange }: YearRangeProps) {
  const min = histogram.min ?? new Date().getFullYear();
  // A slider needs a span: with one year (or none) it gets a token second year.
  const max = Math.max(histogram.max ?? min, min + 1);
  const [fromText, setFromText] = useState(from === null ? '' : String(from));
  const [toText, setToText] = useState(to === null ? '' : String(to));

  // Follow changes made elsewhere (the slider, Back/Forward, a reset), during render.
  const [shown, setShown] = useState({ from, to });
  if (shown.from !== from || shown.to !== to) {
    setShown({ from, to });
    if (readYear(fromText) !== from) setFromText(from === null ? '' : String(from));
    if (readYear(toText) !== to) setToText(to === null ? '' : String(to));
  }

  const commit = (nextFrom: string, nextTo: string) => {
    const f = readYear(nextFrom);
    const t = readYear(nextTo);
    if ((nextFrom.trim() === '' || f !== null) && (nextTo.trim() === '' || t !== null)) {
      onChange(f, t);
    }
  };

  return (
    <fieldset>
      <legend>Years</legend>
      {/* The "No year" bar stands left of both the year bars and the slider that spans them. */}
      <div className={styles.chart}>
        <NoYearBar histogram={histogram} from={from} to={to} />
        <YearBars histogram={histogram} from={from} to={to} />
        <Slider.Root
          className={styles.slider}
          min={min}
          max={max}
          step={1}
          minStepsBetweenThumbs={0}
          value={[from ?? min, to ?? max]}
          onValueChange={([f, t]) => {
            if (f === undefined || t === undefined) return;
            onChange(f === min && from === null ? null : f, t === max && to === null ? null : t);
          }}
          disabled={histogram.min === null}
        >
          <Slider.Track className={styles.track}>
            <Slider.Range className={styles.range} />
          </Slider.Track>
          <Slider.Thumb className={styles.thumb} aria-label="Earliest year" />
          <Slider.Thumb className={styles.thumb} aria-label="Latest year" />
        </Slider.Root>
      </div>
      <div className={styles.yearFields}>
        <YearField
          label="From year"
          value={fromText}
          placeholder={min}
          onChange={(text) => {
            setFromText(text);
            commit(text, toText);
          }}
        />
        <YearField
          label="To year"
          value={toText}
          placeholder={max}
          onChange={(text) => {
            setToText(text);
            commit(fromText, text);
          }}
        />
      </div>
      <NotDrawnNote notDrawn={histogram.notDrawn} from={from} to={to} />
    </fieldset>
  );
}

interface YearFieldProps {
  readonly label: string;
  readonly value: string;
  readonly placeholder: number;
  readonly onChange: (text: string) => void;
}

function YearField({ label, value, placeholder, onChange }: YearFieldProps) {
  return (
    <label>
      {label}
      <input
        type="text"
        inputMode="numeric"
        value={value}
        placeholder={String(placeholder)}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      />
    </label>
  );
}
