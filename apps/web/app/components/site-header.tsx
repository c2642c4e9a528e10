import { Link, NavLink } from '@remix-run/react';

export function TestModeRibbon() {
  return (
    <div className="test-ribbon" role="note">
      <strong>Test mode</strong>
      <span>Payments are simulated. No real money moves and nothing is charged.</span>
    </div>
  );
}

export function SiteHeader({ storeName }: { storeName: string }) {
  return (
    <header className="site-header">
      <div className="container site-header-inner">
        <Link to="/" className="store-name">
          <span className="store-mark" aria-hidden="true">
            {storeName.slice(0, 1).toUpperCase()}
          </span>
          {storeName}
        </Link>
        <nav aria-label="Main">
          <NavLink to="/products" className="nav-link">
            Products
          </NavLink>
        </nav>
      </div>
    </header>
  );
}

export function SiteFooter({ storeName }: { storeName: string }) {
  return (
    <footer className="site-footer">
      <div className="container site-footer-inner">
        <p>© {storeName}. Instant delivery after payment.</p>
        <p>
          <Link to="/docs/api" className="text-link">
            API docs
          </Link>{' '}
          · Powered by Shelf
        </p>
      </div>
    </footer>
  );
}
