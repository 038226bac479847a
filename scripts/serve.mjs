// Serves the demo on http://localhost:8000 (PORT to change), from the built bundle as users load it.
// Static files from the project folder only; `/` is the demo.
import {createReadStream, existsSync, statSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, resolve, sep} from 'node:path';

const root = resolve(import.meta.dirname, '..');
// The real exports of ../shared/fixtures, for the format demos (never copied into the project).
const fixtures = resolve(root, '..', 'shared', 'fixtures');
const port = Number(process.env.PORT ?? 8000);
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.map': 'application/json', '.ics': 'text/calendar',
};

const server = createServer((request, response) => {
  let path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  if (path === '/') path = '/demo/index.html';
  const base = path.startsWith('/fixtures/') ? fixtures : root;
  let file = resolve(join(base, base === root ? path : path.slice('/fixtures/'.length)));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!file.startsWith(base + sep) || file.includes(`${sep}node_modules${sep}`) || !existsSync(file)) {
    response.writeHead(404, {'content-type': 'text/plain'}).end('Not found');
    return;
  }
  response.writeHead(200, {'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache'});
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
});
// PORT=0 takes a free port; the line says which.
server.listen(port, () => {
  console.log(`conference-widgets demo: http://localhost:${server.address().port}/`);
});
