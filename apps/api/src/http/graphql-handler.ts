// Serves /graphql through Apollo, and answers anonymous reads of the public catalog from a cache of
// whole answers kept under the catalog version (decision 010): an anonymous `products` or `product`
// query asked again with the same text and variables is answered with the bytes Apollo gave the last
// time, without parsing, validating or executing it again, as long as no catalog write has committed
// since. Everything else (a signed-in caller, a mutation, any field outside the catalog, an answer with
// errors) goes through Apollo every time.
import { type ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import {
  buildSchema,
  type DocumentNode,
  type GraphQLSchema,
  getNamedType,
  type ParseOptions,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { AppServices } from '../app-services.ts';
import type { RequestContext } from '../context.ts';
import { catalogCaches, VersionedCache } from '../modules/catalog/catalog-cache.ts';

/**
 * The fields an answer may contain to be cached: the public catalog and the types under it. Every field
 * of these types is read from the catalog tables (whose writes bump the version) except `Product.sales`,
 * which is the caller's and is authorised per request.
 */
const catalogFields: Record<string, 'all' | ReadonlySet<string>> = {
  Query: new Set(['products', 'product']),
  Product: 'all',
  ProductConnection: 'all',
  ProductEdge: 'all',
  PageInfo: 'all',
  Money: 'all',
  IncludedFile: 'all',
  PreviewImage: 'all',
};
const privateFields: Record<string, ReadonlySet<string>> = { Product: new Set(['sales']) };

/** Whether every field the document can ask for is a public catalog field (or `__typename`). */
export function asksOnlyForCatalog(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  let catalogOnly = true;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition(node) {
        if (node.operation !== 'query') catalogOnly = false;
      },
      Field(node) {
        if (node.name.value === '__typename') return;
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        const parentName = parent ? getNamedType(parent).name : undefined;
        const allowed = parentName ? catalogFields[parentName] : undefined;
        const name = node.name.value;
        if (
          !field ||
          !parentName ||
          !allowed ||
          (allowed !== 'all' && !allowed.has(name)) ||
          privateFields[parentName]?.has(name)
        ) {
          catalogOnly = false;
        }
      },
    }),
  );
  return catalogOnly;
}

/** What Apollo answered, as the bytes sent. */
type Answer = { status: number; headers: Array<[string, string]>; body: string };

// A cache of whole answers is only worth it for a store's few storefront queries; these bounds keep a
// client that invents endless variants (aliases, whitespace, cursors) from holding much memory.
const answerLimits = {
  maxEntries: 5_000,
  maxSize: 32 * 1024 * 1024,
  sizeOf: (a: Answer | null) => a?.body.length ?? 0,
};
const maxDocuments = 1_000;
const maxQueryLength = 20_000;

class PublicAnswers {
  readonly answers: VersionedCache<Answer | null>;
  private readonly documents = new Map<string, boolean>();
  private readonly schema: GraphQLSchema;

  constructor(
    services: AppServices,
    typeDefs: string,
    private readonly parseOptions: ParseOptions,
  ) {
    this.answers = new VersionedCache(catalogCaches(services).clock, answerLimits);
    this.schema = buildSchema(typeDefs);
  }

  /** The cache key of an anonymous POSTed query that asks only for the catalog, or null. */
  keyOf(req: Request): string | null {
    if (req.method !== 'POST' || req.headers.authorization !== undefined) return null;
    const body = req.body as Record<string, unknown> | undefined;
    if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
    const { query, operationName, variables, extensions } = body;
    if (typeof query !== 'string' || query.length > maxQueryLength || extensions !== undefined) return null;
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string')
      return null;
    if (!this.catalogOnly(query)) return null;
    // Apollo picks the answer's content type from Accept (application/graphql-response+json or json).
    const accept = req.headers.accept ?? '';
    return `${accept}\n${operationName ?? ''}\n${JSON.stringify(variables ?? null)}\n${query}`;
  }

  private catalogOnly(query: string): boolean {
    const known = this.documents.get(query);
    if (known !== undefined) return known;
    let catalogOnly = false;
    try {
      catalogOnly = asksOnlyForCatalog(this.schema, parse(query, this.parseOptions));
    } catch {
      // Not a document Apollo will run either; it answers the syntax error itself.
    }
    if (this.documents.size >= maxDocuments) this.documents.clear();
    this.documents.set(query, catalogOnly);
    return catalogOnly;
  }
}

const answerCaches = new WeakMap<AppServices, PublicAnswers>();

/** How many anonymous catalog queries this API answered from its cache of whole answers, and how many it ran. */
export function publicAnswerCounts(services: AppServices): { hits: number; misses: number } {
  return answerCaches.get(services)?.answers.counts ?? { hits: 0, misses: 0 };
}

export type GraphqlHandlerOptions = {
  typeDefs: string;
  parseOptions: ParseOptions;
  context: (req: Request, res: Response) => Promise<RequestContext>;
};

/** Apollo as Express middleware (what @as-integrations/express5 does), with the public answer cache in front. */
export function graphqlHandler(
  apollo: ApolloServer<RequestContext>,
  services: AppServices,
  options: GraphqlHandlerOptions,
): RequestHandler {
  const cache = new PublicAnswers(services, options.typeDefs, options.parseOptions);
  answerCaches.set(services, cache);

  /** Runs the request through Apollo; a streamed (incremental) answer is written here and not returned. */
  async function execute(req: Request, res: Response): Promise<Answer | null> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const query = req.url.indexOf('?');
    const request: HTTPGraphQLRequest = {
      method: req.method.toUpperCase(),
      headers,
      search: query === -1 ? '' : req.url.slice(query),
      body: req.body,
    };
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: request,
      context: () => options.context(req, res),
    });
    const status = response.status ?? 200;
    if (response.body.kind === 'complete') {
      return { status, headers: [...response.headers], body: response.body.string };
    }
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = status;
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
    return null;
  }

  return async (req, res, next) => {
    try {
      if (!('body' in req)) throw new Error('The JSON body parser must run before the GraphQL handler.');
      const key = cache.keyOf(req);
      const answer =
        key === null
          ? await execute(req, res)
          : await cache.answers.read(
              key,
              () => execute(req, res),
              (fresh) =>
                fresh !== null &&
                fresh.status === 200 &&
                (JSON.parse(fresh.body) as { errors?: unknown }).errors === undefined,
            );
      if (!answer) return;
      for (const [name, value] of answer.headers) res.setHeader(name, value);
      res.status(answer.status).send(answer.body);
    } catch (error) {
      next(error);
    }
  };
}
