import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

// Same relative path from apps/api/src (tests) and apps/api/dist (built).
export const WEB_DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

const API_PREFIXES = ['/graphql', '/health', '/hooks', '/files', '/socket.io', '/metrics', '/analytics'];

/** Serves the built web app on the API's port, with index.html for every client-side route. */
export const serveWebApp = (app: NestExpressApplication, dist = WEB_DIST): void => {
  const index = resolve(dist, 'index.html');
  app.useStaticAssets(dist, {
    index: false,
    maxAge: '1h',
    setHeaders: (res, path) => path.includes('/assets/') && res.setHeader('Cache-Control', 'public, max-age=31536000, immutable'),
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PREFIXES.some((prefix) => req.path.startsWith(prefix))) return next();
    if (!existsSync(index)) {
      res.status(404).type('text/plain').send('The web app is not built: run `npm run build` (npm start does it for you).');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
};
