import { useRef } from 'react';
import {
  checkSnapshotSize,
  InvalidSnapshotError,
  parseSnapshot,
  type ViewSnapshot,
} from '../../graph/snapshot';

interface OpenSnapshotProps {
  readonly onOpen: (snapshot: ViewSnapshot) => void;
  /** Why the chosen file could not be opened, in words for the reader; null when it could. */
  readonly onProblem: (problem: string | null) => void;
}

async function readSnapshot(file: File): Promise<ViewSnapshot | string> {
  try {
    // By its size first: an oversized file is refused without reading a byte of it.
    checkSnapshotSize(file.size);
    return parseSnapshot(await file.text());
  } catch (error) {
    if (error instanceof InvalidSnapshotError) return error.message;
    return `Could not read “${file.name}”.`;
  }
}

/** A button that opens a view snapshot file through the browser's file picker. */
export function OpenSnapshot({ onOpen, onProblem }: OpenSnapshotProps) {
  const input = useRef<HTMLInputElement>(null);

  const choose = async (file: File) => {
    const result = await readSnapshot(file);
    if (typeof result === 'string') {
      onProblem(result);
      return;
    }
    onProblem(null);
    onOpen(result);
  };

  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        Open snapshot…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label="View snapshot file"
        hidden
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so that choosing the same file again is a change too.
          event.currentTarget.value = '';
          if (file) void choose(file);
        }}
      />
    </>
  );
}
