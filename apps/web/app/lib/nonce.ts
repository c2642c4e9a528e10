// The Content-Security-Policy nonce of the response being rendered, for components that write inline
// scripts (Remix's <Scripts> and <ScrollRestoration>). Provided by entry.server; empty in the browser,
// which hides nonces from the page anyway.
import { createContext, useContext } from 'react';

export const NonceContext = createContext<string | undefined>(undefined);

export function useNonce(): string | undefined {
  return useContext(NonceContext);
}
