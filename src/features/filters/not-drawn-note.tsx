import { notDrawnInRange, type NotDrawn } from '../../graph/year-histogram';

interface NotDrawnNoteProps {
  readonly notDrawn: NotDrawn;
  readonly from: number | null;
  readonly to: number | null;
}

function rangeText(from: number | null, to: number | null): string {
  if (from !== null && to !== null) return from === to ? `${from}` : `${from}–${to}`;
  return from !== null ? `${from} or later` : `${to ?? ''} or earlier`;
}

function rangeSentence(total: number, inRange: number, range: string): string {
  if (total === 1) return inRange === 1 ? `It is from ${range}.` : `It is not from ${range}.`;
  if (inRange === 0) return `None of them is from ${range}.`;
  return `${inRange.toLocaleString('en')} of them ${inRange === 1 ? 'is' : 'are'} from ${range}.`;
}

/**
 * Listed entries that S2 has no record of are never drawn, so the bars and the timeline leave
 * them out; this says how many, and how many of them the year range keeps in the list, so the
 * bars, the list and the status line add up.
 */
export function NotDrawnNote({ notDrawn, from, to }: NotDrawnNoteProps) {
  const { total } = notDrawn;
  if (total === 0) return null;
  const one = total === 1;
  const ranged = from !== null || to !== null;
  return (
    <p className="muted" data-testid="not-drawn">
      {total.toLocaleString('en')} listed {one ? 'paper has' : 'papers have'} no Semantic Scholar
      record, so {one ? 'it is' : 'they are'} not drawn and not in these bars.
      {ranged &&
        ` ${rangeSentence(total, notDrawnInRange(notDrawn, from, to), rangeText(from, to))}`}
    </p>
  );
}
