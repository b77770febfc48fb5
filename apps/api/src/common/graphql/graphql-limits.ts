import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloDriverConfig } from '@nestjs/apollo';

/**
 * Bounds on what one GraphQL request may ask (DESIGN §5): depth, cost, aliases, directives and
 * tokens, and no batched HTTP requests. Violations answer BAD_USER_INPUT before execution.
 */
export const graphqlLimits = (): Pick<ApolloDriverConfig, 'plugins' | 'validationRules' | 'allowBatchedHttpRequests' | 'parseOptions'> => {
  const armor = new ApolloArmor({
    maxDepth: { n: 10 },
    costLimit: { maxCost: 5_000 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    // armor's token limit parses in a plugin hook, where any syntax error becomes an HTTP 500: graphql-js counts tokens instead.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return {
    // armor's plugin types are compiled against an older @apollo/server; the hooks it uses are unchanged in v5
    plugins: armor.plugins as ApolloDriverConfig['plugins'],
    validationRules: armor.validationRules,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: 2_000 },
  };
};
