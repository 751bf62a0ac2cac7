// Expanding in place, as the view sees it: the URL's `expand=` list, and the budget the reader
// chose in the settings.
import { localSettingsStorage, readSettings } from '../features/settings/settings-storage';
import { isPaperId } from '../domain/paper';
import { EXPANSION_BUDGET } from '../queries/use-expansions';
import type { ViewState } from './url-codec';

/** Expands `id` (added last), or collapses it when it is expanded; nothing else changes. */
export function toggleExpansion<T extends Pick<ViewState, 'expanded'>>(view: T, key: string): T {
  if (!isPaperId(key)) return view;
  const id = key;
  const expanded = view.expanded.includes(id)
    ? view.expanded.filter((other) => other !== id)
    : [...view.expanded, id];
  return { ...view, expanded };
}

/** Entries per direction for one expansion: the reader's setting, else 1,000. */
export function expansionBudget(): number {
  return readSettings(localSettingsStorage()).expansionBudget ?? EXPANSION_BUDGET;
}
