import type { ReactNode } from 'react';
import { NO_FILTERS, type GraphFilters } from '../../graph/filters';
import type { YearHistogram } from '../../graph/year-histogram';
import { classNames } from '../../ui/class-names';
import relationDot from '../../ui/relation-dot.module.css';
import styles from './filters.module.css';
import { MinCitationsField, TextFilter } from './typed-filters';
import { YearRange } from './year-range';

interface FiltersPanelProps {
  readonly filters: GraphFilters;
  readonly histogram: YearHistogram;
  /** Papers hidden only because they have no year while a range is set. */
  readonly hiddenForNoYear: number;
  readonly onChange: (filters: GraphFilters) => void;
  /** Links among the neighbours: drawn on demand (one extra request per 500 papers). */
  readonly showLinks: boolean;
  /** Null where the links cannot be fetched (an opened snapshot shows what it saved). */
  readonly onShowLinks: ((show: boolean) => void) | null;
  /** Seeds drawn together; with two or more, "Linked to at least N seeds" is offered. */
  readonly seeds?: number;
  /** More filters, composed by the app (why papers cite). */
  readonly children?: ReactNode;
}

export function FiltersPanel(props: FiltersPanelProps) {
  const { filters, histogram, hiddenForNoYear, onChange } = props;
  const set = (patch: Partial<GraphFilters>) => {
    onChange({ ...filters, ...patch });
  };
  const isDefault = JSON.stringify(filters) === JSON.stringify(NO_FILTERS);
  return (
    <section className={styles.panel} aria-labelledby="filters-heading">
      <h2 id="filters-heading">Filters</h2>
      <YearRange
        histogram={histogram}
        from={filters.yearFrom}
        to={filters.yearTo}
        onChange={(yearFrom, yearTo) => {
          set({ yearFrom, yearTo });
        }}
      />
      {hiddenForNoYear > 0 && (
        <p className="muted" data-testid="hidden-no-year">
          {hiddenForNoYear.toLocaleString('en')} {hiddenForNoYear === 1 ? 'paper' : 'papers'}{' '}
          without a year hidden by the year range.
        </p>
      )}
      <MinCitationsField
        value={filters.minCitations}
        onChange={(minCitations) => set({ minCitations })}
      />
      {(props.seeds ?? 1) > 1 && (
        <label className="field">
          Linked to at least N seeds
          <input
            type="number"
            min={1}
            max={props.seeds}
            step={1}
            value={filters.minSeedLinks <= 1 ? '' : filters.minSeedLinks}
            placeholder="1"
            aria-describedby="seed-links-hint"
            onChange={(e) => {
              const value = Math.max(0, Math.floor(Number(e.target.value) || 0));
              set({ minSeedLinks: Math.min(value, props.seeds ?? value) });
            }}
          />
          <span id="seed-links-hint" className="muted">
            Papers citing or cited by at least this many of the {props.seeds} seeds.
          </span>
        </label>
      )}
      <TextFilter value={filters.text} onChange={(text) => set({ text })} />
      <fieldset className={styles.toggles}>
        <legend>Show</legend>
        <Toggle
          checked={filters.showReferences}
          onChange={(showReferences) => set({ showReferences })}
          dot="reference"
        >
          References
        </Toggle>
        <Toggle
          checked={filters.showCitations}
          onChange={(showCitations) => set({ showCitations })}
          dot="citation"
        >
          Citations
        </Toggle>
        {props.onShowLinks && (
          <Toggle checked={props.showLinks} onChange={props.onShowLinks}>
            Links among these papers
          </Toggle>
        )}
      </fieldset>
      {props.children}
      <button
        type="button"
        disabled={isDefault}
        onClick={() => {
          onChange(NO_FILTERS);
        }}
      >
        Clear filters
      </button>
    </section>
  );
}

interface ToggleProps {
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  /** The relation whose colour the toggle shows, as in the legend. */
  readonly dot?: 'reference' | 'citation';
  readonly children: ReactNode;
}

function Toggle({ checked, onChange, dot, children }: ToggleProps) {
  return (
    <label>
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => {
          onChange(e.target.checked);
        }}
      />
      {dot && <span className={classNames(relationDot.dot, relationDot[dot])} aria-hidden="true" />}
      {children}
    </label>
  );
}
