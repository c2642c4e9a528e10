import { StorefrontProductDocument, StoreInfoDocument } from '@shelf/graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, gql, isApiError, shopperMessage } from './client.server.ts';

function answer(body: unknown, status = 200): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(
      async () =>
        new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }),
    ),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('gql', () => {
  it('posts the printed operation with its variables and returns the data', async () => {
    answer({ data: { product: null } });
    await expect(gql(StorefrontProductDocument, { slug: 'aurora' })).resolves.toEqual({ product: null });

    const [url, init] = vi.mocked(fetch).mock.calls[0]!;
    expect(url).toBe('http://api.test:4000/graphql');
    const body = JSON.parse(String(init?.body));
    expect(body.operationName).toBe('StorefrontProduct');
    expect(body.variables).toEqual({ slug: 'aurora' });
    expect(body.query).toContain('query StorefrontProduct($slug: String!)');
    expect(body.query).toContain('fragment ProductDetail on Product');
  });

  it('throws the first GraphQL error with its code', async () => {
    answer({
      data: null,
      errors: [
        { message: 'Enter a valid email address.', extensions: { code: 'BAD_USER_INPUT', field: 'email' } },
      ],
    });
    const error = await gql(StoreInfoDocument).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      message: 'Enter a valid email address.',
      code: 'BAD_USER_INPUT',
      operation: 'StoreInfo',
      extensions: { field: 'email' },
    });
    expect(isApiError(error, 'BAD_USER_INPUT')).toBe(true);
    expect(isApiError(error, 'NOT_FOUND')).toBe(false);
  });

  it('reads errors from non-200 GraphQL answers too', async () => {
    answer(
      { errors: [{ message: 'Variable "$slug" is required', extensions: { code: 'BAD_USER_INPUT' } }] },
      400,
    );
    await expect(gql(StoreInfoDocument)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('calls an error without a code INTERNAL_SERVER_ERROR', async () => {
    answer({ errors: [{ message: 'boom' }] });
    await expect(gql(StoreInfoDocument)).rejects.toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('reports an unreachable or non-GraphQL API as API_UNAVAILABLE', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('fetch failed');
      }),
    );
    await expect(gql(StoreInfoDocument)).rejects.toMatchObject({ code: 'API_UNAVAILABLE' });

    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>Bad gateway</html>', { status: 502 })),
    );
    await expect(gql(StoreInfoDocument)).rejects.toMatchObject({ code: 'API_UNAVAILABLE' });
  });
});

describe('shopperMessage', () => {
  it('shows expected errors as the API wrote them and hides the rest', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const expected = new ApiError('This product is no longer available.', {
      code: 'PRODUCT_UNAVAILABLE',
      operation: 'CreateCheckout',
    });
    const unexpected = new ApiError('Something went wrong on our side.', {
      code: 'INTERNAL_SERVER_ERROR',
      operation: 'CreateCheckout',
    });
    expect(shopperMessage(expected, 'Try again')).toBe('This product is no longer available.');
    expect(shopperMessage(unexpected, 'Try again')).toBe('Try again');
    expect(shopperMessage(new Error('socket hang up'), 'Try again')).toBe('Try again');
    expect(console.error).toHaveBeenCalledTimes(2);
  });
});
