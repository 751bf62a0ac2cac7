import type { IntentFilter } from '../../graph/filters';

/** The names a reader sees for each intent, and for links that give none. */
export const INTENT_NAMES: Readonly<Record<IntentFilter, string>> = {
  background: 'Background',
  methodology: 'Methodology',
  result: 'Result',
  none: 'No intent given',
};
