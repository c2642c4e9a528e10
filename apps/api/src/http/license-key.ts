// GET /.well-known/shelf-license-key: the public key that verifies this store's license certificates,
// for creators to build into their apps (or fetch once and keep). JSON by default; the PEM alone with
// `Accept: application/x-pem-file` or `?format=pem`.
import type { Router } from 'express';
import type { AppServices } from '../app-services.ts';
import { licensePublicKey } from '../modules/licensing/license-certificate.ts';

const PEM_TYPE = 'application/x-pem-file';

export function mountLicenseKeyRoutes(router: Router, services: AppServices): void {
  router.get('/.well-known/shelf-license-key', (req, res) => {
    const publicKeyPem = licensePublicKey(services);
    res.setHeader('Cache-Control', 'public, max-age=3600');
    // Public by nature: browser-based apps (web tools, Figma plugins) may fetch it from any origin.
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.vary('Accept');
    if (req.query.format === 'pem' || req.accepts(['application/json', PEM_TYPE]) === PEM_TYPE) {
      res.type(PEM_TYPE).send(publicKeyPem);
      return;
    }
    res.json({ algorithm: 'Ed25519', public_key_pem: publicKeyPem, format: 'shelf-license-certificate-v1' });
  });
}
