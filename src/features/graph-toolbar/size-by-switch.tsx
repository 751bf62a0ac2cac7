import type { SizeBy } from '../../graph/node-size';
import segmented from '../../ui/segmented.module.css';
import styles from './size-by-switch.module.css';

const LABELS: Record<SizeBy, string> = {
  citations: 'Citations',
  'cited-here': 'Cited here',
  rank: 'Rank',
};

const HINTS: Record<SizeBy, string> = {
  citations: 'Times cited across Semantic Scholar',
  'cited-here': 'Times cited by the papers in this graph',
  rank: 'PageRank over this graph and the links among its papers',
};

interface SizeBySwitchProps {
  readonly value: SizeBy;
  readonly onChange: (value: SizeBy) => void;
  /**
   * "Cited here" and "Rank" need the links among the papers; until they are loaded they are not
   * offered.
   */
  readonly citedHereAvailable: boolean;
}

/** What node size (and the order labels are handed out in) follows. */
export function SizeBySwitch({ value, onChange, citedHereAvailable }: SizeBySwitchProps) {
  const options: SizeBy[] = citedHereAvailable
    ? ['citations', 'cited-here', 'rank']
    : ['citations'];
  // A link may ask for "cited here" before the links are in: the graph sizes by citations then.
  const shown: SizeBy = citedHereAvailable ? value : 'citations';
  return (
    <fieldset className={segmented.switch}>
      <legend className={styles.legend}>Size by</legend>
      {options.map((name) => (
        <label
          key={name}
          title={HINTS[name]}
          className={name === shown ? segmented.active : undefined}
        >
          <input
            type="radio"
            name="size-by"
            value={name}
            checked={name === shown}
            onChange={() => {
              onChange(name);
            }}
          />
          {LABELS[name]}
        </label>
      ))}
    </fieldset>
  );
}
