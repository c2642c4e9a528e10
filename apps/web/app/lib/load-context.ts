// What the web server (server/) hands every loader and action besides the Request: Remix's load context.
// Optional because `remix vite:dev` runs the app without our server and passes an empty context.
export type WebLoadContext = {
  /** The shopper's address as the server saw it (behind TRUST_PROXY, the proxy's X-Forwarded-For). */
  clientIp?: string;
  /** This response's Content-Security-Policy nonce, for the inline scripts Remix and React write. */
  cspNonce?: string;
};

declare module '@remix-run/node' {
  interface AppLoadContext extends WebLoadContext {}
}
