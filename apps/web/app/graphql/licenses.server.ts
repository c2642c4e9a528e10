// The dashboard's licenses, sent with the creator's session: the list, one key looked up, revoke and
// reinstate.
import {
  DashboardLicenseDocument,
  DashboardLicenseProductsDocument,
  type DashboardLicenseProductsQuery,
  DashboardLicensesDocument,
  type DashboardLicensesQuery,
  type LicenseStatus,
  ReinstateLicenseDocument,
  RevokeLicenseDocument,
} from '@shelf/graphql';
import { type ApiCaller, gql } from './client.server';

type Caller = Omit<ApiCaller, 'credential'>;
const asCreator = (caller: Caller): ApiCaller => ({ ...caller, credential: 'creator' });

export type DashboardLicensePage = DashboardLicensesQuery['licenses'];
export type DashboardLicense = DashboardLicensePage['nodes'][number];
export type LicenseProductOption = DashboardLicenseProductsQuery['products']['nodes'][number];

/** Creator: one page of licenses, newest first, optionally of one product and with one status. */
export async function listLicenses(
  caller: Caller,
  page: { first: number; after: string | null; productId: string | null; status: LicenseStatus | null },
): Promise<DashboardLicensePage> {
  const { licenses } = await gql(asCreator(caller), DashboardLicensesDocument, page);
  return licenses;
}

/** Creator: the license of a key typed in any case, with or without dashes; null when there is none. */
export async function findLicense(caller: Caller, key: string): Promise<DashboardLicense | null> {
  const { license } = await gql(asCreator(caller), DashboardLicenseDocument, { key });
  return license ?? null;
}

/** The products that issue license keys, for the list's product filter. */
export async function listLicenseProducts(caller: Caller): Promise<LicenseProductOption[]> {
  const { products } = await gql(asCreator(caller), DashboardLicenseProductsDocument, {});
  return products.nodes.filter((product) => product.requiresLicenseKey);
}

export async function revokeLicense(caller: Caller, id: string): Promise<DashboardLicense> {
  const { revokeLicense } = await gql(asCreator(caller), RevokeLicenseDocument, { id });
  return revokeLicense;
}

export async function reinstateLicense(caller: Caller, id: string): Promise<DashboardLicense> {
  const { reinstateLicense } = await gql(asCreator(caller), ReinstateLicenseDocument, { id });
  return reinstateLicense;
}
