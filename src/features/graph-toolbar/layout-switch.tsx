import type { LayoutName } from '../../graph/layout/positions';
import styles from '../../ui/segmented.module.css';

const LABELS: Record<LayoutName, string> = {
  radial: 'Radial',
  force: 'Force',
  timeline: 'Timeline',
};

interface LayoutSwitchProps {
  readonly layout: LayoutName;
  readonly onChange: (layout: LayoutName) => void;
}

export function LayoutSwitch({ layout, onChange }: LayoutSwitchProps) {
  return (
    <fieldset className={styles.switch}>
      <legend className="visually-hidden">Layout</legend>
      {(Object.keys(LABELS) as LayoutName[]).map((name) => (
        <label key={name} className={name === layout ? styles.active : undefined}>
          <input
            type="radio"
            name="layout"
            value={name}
            checked={name === layout}
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
