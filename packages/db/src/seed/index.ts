// Seed data and the factories tests share with it: the demo catalog and product builders.
export { demoProducts, seedDemoCatalog } from './demo-catalog.ts';
export {
  attachProductFile,
  attachProductImage,
  buildProduct,
  createProduct,
  type ObjectWriter,
} from './factories.ts';
