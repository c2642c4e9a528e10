// What both servers (the API and the storefront) do with helmet: its headers have no per-request part
// once the Content-Security-Policy is set separately (or has no nonce), so they are worked out once at
// start-up and set in one loop, instead of helmet running a dozen middlewares on every response.

type HeaderMiddleware = (req: never, res: never, next: (error?: unknown) => void) => void;

/** The headers `middleware` sets on a response, recorded once against a stand-in response. */
export function fixedHeaders(middleware: HeaderMiddleware): Array<[string, string]> {
  const headers = new Map<string, string>();
  const recorder = {
    setHeader: (name: string, value: string) => headers.set(name, String(value)),
    removeHeader: (name: string) => headers.delete(name),
  };
  let failure: unknown;
  middleware({} as never, recorder as never, (error?: unknown) => {
    failure = error;
  });
  if (failure) throw failure;
  return [...headers];
}
