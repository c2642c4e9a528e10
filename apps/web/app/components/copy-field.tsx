// A value to hand on, such as an affiliate link: a read-only field anyone can select and copy (no
// JavaScript needed), and, once the page is interactive, the Copy button.
import { useEffect, useState } from 'react';
import { CopyButton } from './copy-button';

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
  const [interactive, setInteractive] = useState(false);
  useEffect(() => setInteractive(true), []);

  return (
    <div className="copy-field">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        type="text"
        readOnly
        value={value}
        className="copy-field-input"
        onFocus={(event) => event.currentTarget.select()}
      />
      {interactive && <CopyButton text={value} targetId={id} label={copyLabel} />}
    </div>
  );
}
