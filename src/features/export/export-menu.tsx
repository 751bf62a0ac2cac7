// The Export button and its menu, plus "Open snapshot…". It knows nothing of Cytoscape: images
// and the snapshot come through callbacks, papers as domain objects. The menu is Radix's
// DropdownMenu, which does the menu button's keyboard and focus work (Enter, Space or ↓ open on
// the first item; ↑ ↓ Home End move, wrapping; a letter jumps; Escape closes and gives focus
// back to the button). It is not modal: the page behind stays readable and scrollable.
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { Fragment, useMemo, useState } from 'react';
import type { ViewSnapshot } from '../../graph/snapshot';
import { classNames } from '../../ui/class-names';
import { errorMessage } from '../../ui/error-notice';
import { exportActions, type ExportAction, type ExportSources } from './export-actions';
import styles from './export-menu.module.css';
import { OpenSnapshot } from './open-snapshot';

export interface ExportMenuProps extends ExportSources {
  readonly onOpenSnapshot: (snapshot: ViewSnapshot) => void;
  /** Told of each file saved (the exploration log records exports). */
  readonly onExported?: (label: string, fileName: string) => void;
}

export function ExportMenu(props: ExportMenuProps) {
  const { centre, nodes, selected, getPng, getSvg, getSnapshot, getLog, onOpenSnapshot } = props;
  const actions = useMemo(
    () => exportActions({ centre, nodes, selected, getPng, getSvg, getSnapshot, getLog }),
    [centre, nodes, selected, getPng, getSvg, getSnapshot, getLog],
  );
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const choose = async (action: ExportAction) => {
    setProblem(null);
    setStatus(`Preparing ${action.label}…`);
    try {
      const fileName = await action.run();
      setStatus(`Saved ${fileName}`);
      props.onExported?.(action.label, fileName);
    } catch (error) {
      setStatus('');
      setProblem(`Could not export ${action.label}: ${errorMessage(error)}`);
    }
  };

  const separatorAfter = (action: ExportAction, index: number) => {
    const next = actions[index + 1];
    return next !== undefined && next.group !== action.group;
  };

  return (
    <div className={styles.menu}>
      <DropdownMenu.Root modal={false}>
        <DropdownMenu.Trigger asChild>
          <button type="button">Export</button>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className={styles.list} align="end" sideOffset={4} loop>
            {actions.map((action, index) => (
              <Fragment key={action.id}>
                <DropdownMenu.Item className={styles.item} onSelect={() => void choose(action)}>
                  {action.label}
                </DropdownMenu.Item>
                {separatorAfter(action, index) && (
                  <DropdownMenu.Separator className={styles.separator} />
                )}
              </Fragment>
            ))}
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      <OpenSnapshot onOpen={onOpenSnapshot} onProblem={setProblem} />
      <p aria-live="polite" className={styles.status}>
        {status}
      </p>
      {problem && (
        <p role="alert" className={classNames('notice notice-error', styles.problem)}>
          {problem}
        </p>
      )}
    </div>
  );
}
