import { useEffect, useState } from 'react';

type CopyState = 'idle' | 'copied' | 'manual';

/**
 * Copies `text`; where the Clipboard API is unavailable (plain http), selects `targetId` (an element's
 * text, or an input's value) instead.
 */
export function CopyButton({ text, targetId, label }: { text: string; targetId: string; label: string }) {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2_500);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      const target = document.getElementById(targetId);
      const selection = window.getSelection();
      if (target instanceof HTMLInputElement) {
        target.focus();
        target.select();
      } else if (target && selection) {
        const range = document.createRange();
        range.selectNodeContents(target);
        selection.removeAllRanges();
        selection.addRange(range);
      }
      setState('manual');
    }
  }

  return (
    <>
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={copy}
        aria-label={label}
      >
        {state === 'copied' ? 'Copied' : 'Copy'}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {state === 'copied'
          ? 'Copied to the clipboard'
          : state === 'manual'
            ? 'Selected: press Ctrl+C to copy'
            : ''}
      </span>
    </>
  );
}
