// Generates typed documents for the web app's operations from the API's SDL files, and the schema's enums.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../../apps/api/src/modules/**/schema.graphql',
  documents: 'src/operations/**/*.graphql',
  ignoreNoDocuments: true,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', MinorUnits: 'number' },
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
    // The client preset emits only the enums some operation selects; error codes arrive in
    // extensions.code, which no operation selects, so the web gets the schema's enums from here.
    'src/generated/enums.ts': {
      plugins: ['typescript'],
      config: { onlyEnums: true, enumsAsTypes: true },
    },
  },
};

export default config;
