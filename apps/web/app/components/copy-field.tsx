// A value to hand on, such as an affiliate link: a read-only field anyone can select and copy (no
// JavaScript needed), and, once the page is interactive, a Copy button using the Clipboard API that selects
// the text instead where the browser refuses (plain http).
import { useEffect, useRef, useState } from 'react';

type CopyState = 'idle' | 'copied' | 'manual';

/** `label` names the field ("Link for ANNA"), `copyLabel` its button ("Copy the link for ANNA"). */
export function CopyField({
  id,
  value,
  label,
  copyLabel,
}: {
  id: string;
  value: string;
  label: string;
  copyLabel: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [interactive, setInteractive] = useState(false);
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => setInteractive(true), []);

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2_500);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      input.current?.focus();
      input.current?.select();
      setState('manual');
    }
  }

  return (
    <div className="copy-field">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        ref={input}
        id={id}
        type="text"
        readOnly
        value={value}
        className="copy-field-input"
        onFocus={(event) => event.currentTarget.select()}
      />
      {interactive && (
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={copy}
          aria-label={copyLabel}
        >
          {state === 'copied' ? 'Copied' : 'Copy'}
        </button>
      )}
      <span className="visually-hidden" aria-live="polite">
        {state === 'copied'
          ? 'Copied to the clipboard'
          : state === 'manual'
            ? 'Selected: press Ctrl+C to copy'
            : ''}
      </span>
    </div>
  );
}
