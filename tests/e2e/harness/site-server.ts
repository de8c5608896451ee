/**
 * A local HTTPS server that answers for the real sites' host names, so the
 * capture readers see the URLs they were written for while nothing leaves the
 * machine. Routes map a host + path to a page in tests/fixtures/pages.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SITE_HOSTS = ['www.linkedin.com', 'se.linkedin.com', 'calendar.google.com', 'outlook.office.com', 'outlook.live.com', 'example.test'];

// Also loaded outside vitest (by scripts/bench.mjs), where __dirname does not exist.
const here = dirname(fileURLToPath(import.meta.url));
const tls = resolve(here, '../tls');

export interface SiteServer {
  port: number;
  /** `https://<host>:<port><path>` */
  url(host: string, path: string): string;
  /** Serves `body` (or a fixture file's content) at host + path. */
  route(host: string, path: string, body: string | { file: string }, type?: string): void;
  /** Every request the server saw, as host + path. */
  requests: string[];
  close(): Promise<void>;
}

export async function startSiteServer(): Promise<SiteServer> {
  const routes = new Map<string, { body: string; type: string }>();
  const requests: string[] = [];
  const server: Server = createServer({ key: readFileSync(resolve(tls, 'key.pem')), cert: readFileSync(resolve(tls, 'cert.pem')) }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url ?? '/', 'https://x').pathname;
    requests.push(host + path);
    const hit = routes.get(host + path);
    if (!hit) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': hit.type, 'cache-control': 'no-store' }).end(hit.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: (host, path) => `https://${host}:${port}${path}`,
    route(host, path, body, type = 'text/html; charset=utf-8') {
      const text = typeof body === 'string' ? body : readFileSync(resolve(here, '../../fixtures/pages', body.file), 'utf8');
      routes.set(host + path, { body: text, type });
    },
    requests,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
