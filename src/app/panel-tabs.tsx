// Below the wide layout the filters, the details and the list share one tabbed panel beside the
// graph (or under it on a phone), so the graph keeps most of the width. Every panel stays mounted
// while hidden: the list keeps its scroll and sort, the filters their half-typed text.
import * as Tabs from '@radix-ui/react-tabs';
import type { ReactNode } from 'react';
import styles from './layout.module.css';

export type PanelName = 'details' | 'papers' | 'discover' | 'filters';

const LABELS: Readonly<Record<PanelName, string>> = {
  details: 'Details',
  papers: 'Papers',
  discover: 'Discover',
  filters: 'Filters',
};

interface PanelTabsProps {
  readonly value: PanelName;
  readonly onChange: (value: PanelName) => void;
  /** The panels, in tab order; a panel left out has no tab. */
  readonly panels: Partial<Readonly<Record<PanelName, ReactNode>>>;
  readonly label?: string;
}

export function PanelTabs({ value, onChange, panels, label = 'Panels' }: PanelTabsProps) {
  const names = (Object.keys(LABELS) as PanelName[]).filter((name) => name in panels);
  const PANELS = names.map((name) => ({ value: name, label: LABELS[name] }));
  const isPanel = (next: string): next is PanelName => names.some((name) => name === next);
  return (
    <Tabs.Root
      className={styles.tabs}
      value={value}
      onValueChange={(next) => {
        if (isPanel(next)) onChange(next);
      }}
    >
      <Tabs.List className={styles.tabList} aria-label={label}>
        {PANELS.map((panel) => (
          <Tabs.Trigger key={panel.value} value={panel.value} className={styles.tab}>
            {panel.label}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      {PANELS.map((panel) => (
        <Tabs.Content
          key={panel.value}
          value={panel.value}
          forceMount
          className={styles.tabPanel}
          data-panel={panel.value}
        >
          {panels[panel.value]}
        </Tabs.Content>
      ))}
    </Tabs.Root>
  );
}
