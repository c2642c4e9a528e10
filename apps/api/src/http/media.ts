// Public media (product preview images) straight from the file store, cacheable by browsers and CDNs.
// Only keys under media/ are reachable here; product files go through signed download URLs instead.
import type { Router } from 'express';
import type { AppServices } from '../app-services.ts';

const safeKey = /^media\/[A-Za-z0-9._/-]+$/;
const contentTypes: Record<string, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
};

export function mountMediaRoutes(router: Router, services: AppServices): void {
  router.get('/media/*path', async (req, res) => {
    const path = (req.params as { path: string[] }).path.join('/');
    const key = `media/${path}`;
    if (!safeKey.test(key) || key.includes('..')) {
      res.status(400).type('text/plain').send('Bad media path.');
      return;
    }
    if (!(await services.storage.exists(key))) {
      res.status(404).type('text/plain').send('No such image.');
      return;
    }
    const extension = key.split('.').pop()?.toLowerCase() ?? '';
    res.setHeader('Content-Type', contentTypes[extension] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    const stream = await services.storage.get(key);
    stream.on('error', (error) => {
      services.log.error({ err: error, key }, 'media stream failed');
      res.destroy();
    });
    stream.pipe(res);
  });
}
