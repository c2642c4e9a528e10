// How big an operation may be, checked before any resolver runs: graphql-js's token cap while parsing,
// GraphQL Armor's validation rules for depth, aliases, cost and directives, and our own cap on how often
// one operation may ask for a field that costs a scrypt, a payment-provider call or an order row. Every
// refusal is a coded error (OPERATION_TOO_COMPLEX, FIELD_LIMIT_EXCEEDED) answered with HTTP 400.
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  Kind,
  type ParseOptions,
  parse,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { AppError } from './errors.ts';

// Measured on the storefront's operations (packages/graphql/src/operations) and on an integrator's page
// of 100 orders asking for every Order field with its items and money (`orders(first: 100)`).
export const OPERATION_LIMITS = {
  // Lexical tokens in the document. The largest real document (CheckoutSession with its fragment) has
  // 130, the full orders page 92, the standard introspection query 163; 1,000 leaves 6x room and stops a
  // flood of aliases (1,000 aliased logins are 14,000 tokens) while it is still being parsed.
  tokens: 1000,
  // Nested field levels, fragments flattened. The schema's deepest real path is 6
  // (orders.edges.node.items.unitPrice.amount), the success page's 4; only the cyclic introspection
  // types go deeper (`__type` is counted; `__schema` is not, so tools can introspect where
  // GRAPHQL_INTROSPECTION allows it, and the token cap still bounds it).
  depth: 8,
  // The web app uses none; an integrator may alias a few. 60 aliased `products(first: 100)` are refused.
  aliases: 15,
  // Armor's estimate: 2 per object, 1 per scalar, x1.5 per level, times a literal `first`. The product
  // grid costs 58, the success page 103, one full `products(first: 100)` 8,150, the full 100-order page
  // 23,759; 60 aliased `products(first: 100) { nodes { id } }` cost 43,500. A `first` given as a variable
  // is not multiplied: there the resolvers' cap of 100 and the alias limit bound the work.
  cost: 30_000,
  // The web app uses none; enough for @include/@skip on optional sections.
  directives: 10,
} as const;

// How many times one operation may ask for each expensive root field, aliases and fragments included.
export const FIELD_LIMITS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  Mutation: {
    // A scrypt per call; nobody signs in twice in one request.
    login: 1,
    signIn: 1,
    // A scrypt (or a stored email) each; the dashboard sends one per request.
    completeTwoFactorSignIn: 1,
    changePassword: 1,
    disableTwoFactor: 1,
    resetPassword: 1,
    requestPasswordReset: 1,
    inviteStaff: 1,
    // A payment-provider session and a pending order row each; the storefront starts one.
    createCheckout: 3,
    // A token and an email each; one sign-in link per request is all anyone needs.
    requestAffiliateSignIn: 1,
    signInAffiliate: 1,
    // Counted per visitor; the storefront records one click per page view.
    recordAffiliateClick: 1,
  },
  Query: {
    // A payment-provider read each; the success page asks for one.
    checkout: 5,
  },
};

// The parser's message when it stops at maxTokens (Armor's Apollo token plugin would answer 500 instead),
// taken from the parser itself: graphql 16.15 words it "more that", and a rewording must not slip past.
const TOKEN_LIMIT_MESSAGE = ((): string => {
  try {
    parse(`{${' a'.repeat(OPERATION_LIMITS.tokens)}}`, { maxTokens: OPERATION_LIMITS.tokens });
  } catch (error) {
    if (error instanceof Error) return error.message;
  }
  throw new Error('graphql-js no longer enforces maxTokens while parsing');
})();

type LimitName = Exclude<keyof typeof OPERATION_LIMITS, 'tokens'>;

function tooComplex(limit: keyof typeof OPERATION_LIMITS, message: string): AppError {
  return new AppError('OPERATION_TOO_COMPLEX', message, { limit, max: OPERATION_LIMITS[limit] });
}

/** Armor reports through onReject; this turns its refusal into our coded error on the validation context. */
function rejectAs(limit: LimitName) {
  return (context: ValidationContext | null, error: GraphQLError): void => {
    const message = error.message.replace(/^Syntax Error: /, '');
    context?.reportError(new GraphQLError(message, { originalError: tooComplex(limit, message) }));
  };
}

/** Counts the distinct response keys of each capped root field (same key = merged, resolved once). */
function countRootFields(
  context: ValidationContext,
  selectionSet: SelectionSetNode,
  capped: Readonly<Record<string, number>>,
  keys: Map<string, Set<string>>,
  visitedFragments: Set<string>,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (capped[name] === undefined) continue;
      const seen = keys.get(name) ?? new Set<string>();
      seen.add(selection.alias?.value ?? name);
      keys.set(name, seen);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      countRootFields(context, selection.selectionSet, capped, keys, visitedFragments);
    } else if (!visitedFragments.has(selection.name.value)) {
      visitedFragments.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      if (fragment) countRootFields(context, fragment.selectionSet, capped, keys, visitedFragments);
    }
  }
}

/** Refuses an operation that asks for a capped root field (FIELD_LIMITS) more often than allowed. */
export function fieldLimitsRule(limits = FIELD_LIMITS): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const root = context.getSchema().getRootType(operation.operation);
      const capped = root ? limits[root.name] : undefined;
      if (!capped) return;
      const keys = new Map<string, Set<string>>();
      countRootFields(context, operation.selectionSet, capped, keys, new Set());
      for (const [field, max] of Object.entries(capped)) {
        const found = keys.get(field)?.size ?? 0;
        if (found <= max) continue;
        const message = `An operation may ask for ${field} at most ${max} times, found ${found}. Send separate requests.`;
        context.reportError(
          new GraphQLError(message, {
            nodes: operation,
            originalError: new AppError('FIELD_LIMIT_EXCEEDED', message, { field, max }),
          }),
        );
      }
    },
  });
}

/** The parser's token-cap error as our coded refusal; anything else is not ours. */
export function tokenLimitRefusal(error: unknown): AppError | undefined {
  if (!(error instanceof Error) || error.message !== TOKEN_LIMIT_MESSAGE) return undefined;
  return tooComplex('tokens', `Token limit of ${OPERATION_LIMITS.tokens} exceeded.`);
}

/** The Apollo Server options that enforce these limits; field suggestions are hidden when asked. */
export function createOperationLimits(options: { hideFieldSuggestions: boolean }): {
  parseOptions: ParseOptions;
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
} {
  const armor = new ApolloArmor({
    blockFieldSuggestion: { enabled: options.hideFieldSuggestions },
    // Done by the parser instead (parseOptions): Armor's Apollo plugin throws during parsing, a 500.
    maxTokens: { enabled: false },
    maxDepth: {
      n: OPERATION_LIMITS.depth,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [rejectAs('depth')],
    },
    maxAliases: { n: OPERATION_LIMITS.aliases, propagateOnRejection: false, onReject: [rejectAs('aliases')] },
    costLimit: {
      maxCost: OPERATION_LIMITS.cost,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [rejectAs('cost')],
    },
    maxDirectives: {
      n: OPERATION_LIMITS.directives,
      propagateOnRejection: false,
      onReject: [rejectAs('directives')],
    },
  });
  const { plugins, validationRules } = armor.protect();
  return {
    parseOptions: { maxTokens: OPERATION_LIMITS.tokens },
    validationRules: [...validationRules, fieldLimitsRule()],
    plugins,
  };
}
