// "Copy link": the clipboard when the browser allows it; otherwise (refused, or no clipboard on
// an insecure page) the link in a field, selected, to copy by hand.
import { useEffect, useRef, useState } from 'react';
import type { Collection } from '../../domain/collection';
import styles from './collections-panel.module.css';

interface CopyLinkProps {
  readonly collection: Collection;
  readonly shareUrl: (collection: Collection) => string;
}

type Outcome = { readonly kind: 'copied' } | { readonly kind: 'by-hand'; readonly url: string };

async function writeClipboard(text: string): Promise<void> {
  // Absent outside secure contexts, whatever the types say.
  const clipboard = navigator.clipboard as Clipboard | undefined;
  if (!clipboard) throw new Error('No clipboard here.');
  await clipboard.writeText(text);
}

export function CopyLink({ collection, shareUrl }: CopyLinkProps) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (outcome?.kind !== 'by-hand') return;
    field.current?.focus();
    field.current?.select();
  }, [outcome]);

  const copy = async () => {
    const url = shareUrl(collection);
    try {
      await writeClipboard(url);
      setOutcome({ kind: 'copied' });
    } catch {
      setOutcome({ kind: 'by-hand', url });
    }
  };

  return (
    <>
      <button
        type="button"
        aria-label={`Copy link to “${collection.name}”`}
        onClick={() => void copy()}
      >
        Copy link
      </button>
      <p aria-live="polite" className={styles.status}>
        {outcome?.kind === 'copied' ? 'Link copied.' : ''}
      </p>
      {outcome?.kind === 'by-hand' && (
        <label className={`field ${styles.wide}`}>
          The browser did not allow copying: copy this link
          <input
            ref={field}
            readOnly
            value={outcome.url}
            onFocus={(e) => {
              e.currentTarget.select();
            }}
          />
        </label>
      )}
    </>
  );
}
