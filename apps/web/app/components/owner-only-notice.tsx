// The 403 page of an owner-only dashboard page, as staff see it: what only the owner may do, and why.
import type { ReactNode } from 'react';

export function OwnerOnlyNotice({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="container dashboard-page">
      <section className="dashboard-card account-forbidden" aria-labelledby="forbidden-title">
        <p className="eyebrow">403</p>
        <h1 id="forbidden-title">{title}</h1>
        <p className="muted">{children}</p>
      </section>
    </div>
  );
}
