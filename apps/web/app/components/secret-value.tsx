// A secret to paste into another system (a webhook signing secret): shown as text anyone can select, and,
// once the page is interactive, with a Copy button.
import { useEffect, useState } from 'react';
import { CopyButton } from './copy-button';

export function SecretValue({
  id,
  value,
  copyLabel,
  testId,
}: {
  id: string;
  value: string;
  copyLabel: string;
  testId?: string;
}) {
  const [interactive, setInteractive] = useState(false);
  useEffect(() => setInteractive(true), []);
  return (
    <>
      <pre id={id} className="webhook-secret" data-testid={testId}>
        {value}
      </pre>
      {interactive && <CopyButton text={value} targetId={id} label={copyLabel} />}
    </>
  );
}
