// The currencies a product may be priced in: those Stripe Checkout settles in the usual creator
// countries. The API validates prices against it; the dashboard offers it.
export const SUPPORTED_CURRENCIES = [
  'usd',
  'eur',
  'gbp',
  'cad',
  'aud',
  'nzd',
  'chf',
  'sek',
  'nok',
  'dkk',
  'pln',
  'czk',
  'jpy',
  'sgd',
  'hkd',
  'inr',
  'brl',
  'mxn',
] as const;
