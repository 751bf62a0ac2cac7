import { useId, useRef, useState, type SyntheticEvent } from 'react';
import { CitescopeError } from '../../domain/errors';
import { AllowedOrigins } from './allowed-origins';
import styles from './settings-dialog.module.css';
import {
  localSettingsStorage,
  MAX_EXPANSION_BUDGET,
  readSettings,
  writeSettings,
  type StoredSettings,
} from './settings-storage';
import { classNames } from '../../ui/class-names';

interface SettingsDialogProps {
  /** What the app is using now (after build-time defaults), shown as placeholders. */
  readonly effectiveBaseUrl: string;
  /** The origins this build may connect to (its Content-Security-Policy), shown as a hint. */
  readonly allowedOrigins: readonly string[];
  /**
   * The app's one base-URL check (parseBaseUrl with the allowed origins): returns the address
   * to store, or throws a CitescopeError whose message is shown as it is.
   */
  readonly checkBaseUrl: (value: string) => string;
  /** Why the stored address was not used at start-up (RuntimeConfig.problem); null if none. */
  readonly startupProblem: string | null;
  /** Applies stored settings; the app restarts its client (a reload keeps it simple). */
  readonly onSaved: () => void;
  /** Forgets every paper fetched so far, in memory and in the browser's storage. */
  readonly onClearCache: () => Promise<void>;
  /** Served by a lab's proxy, which holds the API key (RuntimeConfig.lab): no key to ask for. */
  readonly keyHeldByProxy?: boolean;
}

export function SettingsDialog(props: SettingsDialogProps) {
  const { effectiveBaseUrl, allowedOrigins, checkBaseUrl, startupProblem } = props;
  const [cleared, setCleared] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState<StoredSettings>(() => readSettings(localSettingsStorage()));
  const [problem, setProblem] = useState<string | null>(null);
  const titleId = useId();
  const hintId = useId();
  const problemId = useId();

  const open = () => {
    setDraft(readSettings(localSettingsStorage()));
    setProblem(null);
    setCleared(false);
    dialog.current?.showModal();
  };

  const save = (event: SyntheticEvent) => {
    event.preventDefault();
    let baseUrl: string | null = null;
    if (draft.baseUrl !== null) {
      try {
        baseUrl = checkBaseUrl(draft.baseUrl);
      } catch (error) {
        if (!(error instanceof CitescopeError)) throw error;
        setProblem(error.message);
        return;
      }
    }
    if (!writeSettings(localSettingsStorage(), { ...draft, baseUrl })) {
      setProblem(
        'This browser refused to keep the settings (its storage is switched off or full), so they were not saved.',
      );
      return;
    }
    dialog.current?.close();
    props.onSaved();
  };

  return (
    <>
      {startupProblem && (
        <div className={classNames('notice', 'notice-error', styles.startupProblem)} role="alert">
          <p>{startupProblem}</p>
          <button type="button" onClick={open}>
            Change the API address
          </button>
        </div>
      )}
      <button type="button" onClick={open}>
        Settings
      </button>
      <dialog ref={dialog} className={styles.dialog} aria-labelledby={titleId}>
        {/* The address is checked by our own rule, with our own message, not the browser's. */}
        <form onSubmit={save} noValidate>
          <h2 id={titleId}>Settings</h2>
          <label className="field">
            API base URL
            <input
              type="url"
              value={draft.baseUrl ?? ''}
              placeholder={effectiveBaseUrl}
              aria-describedby={problem ? `${hintId} ${problemId}` : hintId}
              aria-invalid={problem !== null}
              onChange={(e) => {
                setProblem(null);
                setDraft({ ...draft, baseUrl: e.target.value.trim() || null });
              }}
            />
          </label>
          <AllowedOrigins id={hintId} origins={allowedOrigins} />
          {props.keyHeldByProxy ? (
            <p className="muted">
              This site’s proxy holds the Semantic Scholar API key and paces requests for everyone
              who uses it: there is no key to enter here.
            </p>
          ) : (
            <>
              <label className="field">
                Semantic Scholar API key
                <input
                  type="password"
                  autoComplete="off"
                  value={draft.apiKey ?? ''}
                  placeholder="none: shared public rate limit"
                  onChange={(e) => setDraft({ ...draft, apiKey: e.target.value.trim() || null })}
                />
              </label>
              <p className="muted">
                The key is kept in this browser and sent only to the API above.
              </p>
            </>
          )}
          <label className="field">
            Minimum time between requests (ms)
            <input
              type="number"
              min={0}
              step={100}
              value={draft.paceMs ?? ''}
              placeholder="automatic"
              onChange={(e) =>
                setDraft({
                  ...draft,
                  paceMs: e.target.value === '' ? null : Math.max(0, Number(e.target.value)),
                })
              }
            />
          </label>
          <label className="field">
            Papers per expansion, each way
            <input
              type="number"
              min={1}
              max={MAX_EXPANSION_BUDGET}
              step={100}
              value={draft.expansionBudget ?? ''}
              placeholder="1000"
              onChange={(e) => {
                const value = Math.round(Number(e.target.value));
                setDraft({
                  ...draft,
                  expansionBudget:
                    e.target.value === '' || !(value >= 1)
                      ? null
                      : Math.min(MAX_EXPANSION_BUDGET, value),
                });
              }}
            />
          </label>
          <div className="field">
            <span>Cached papers</span>
            <button
              type="button"
              onClick={() => void props.onClearCache().then(() => setCleared(true))}
            >
              Clear the cache
            </button>
            {cleared && <span role="status">The cache is empty.</span>}
          </div>
          {problem && (
            <p id={problemId} role="alert" className={styles.problem}>
              {problem}
            </p>
          )}
          <div className="notice-actions">
            <button type="submit" className="primary">
              Save
            </button>
            <button type="button" onClick={() => dialog.current?.close()}>
              Cancel
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
