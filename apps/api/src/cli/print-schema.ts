// `pnpm schema:print`: writes the public schema to schema.graphql at the repository root.
import { writeFileSync } from 'node:fs';
import { committedSchemaPath, printPublicSchema } from '../public-schema.ts';

writeFileSync(committedSchemaPath, printPublicSchema());
console.log(`wrote ${committedSchemaPath}`);
