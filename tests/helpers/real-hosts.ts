/**
 * Serves a build with Debian's real nginx and Apache (installed by scripts/ensure-test-tools.sh),
 * each on a free loopback port with a temporary configuration that includes the project's own
 * host file: deploy/nginx.conf in nginx's `server` block, the build's `.htaccess` read by Apache
 * (`AllowOverride FileInfo`). Each server is a child process of the test, stopped by its pid.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The server binaries the Debian packages `nginx` and `apache2` install. */
export const serverBinaries = { nginx: '/usr/sbin/nginx', apache: '/usr/sbin/apache2' } as const;

/** A running server. */
export interface RealHost {
  /** The site's root URL, e.g. `http://127.0.0.1:40123/`. */
  url: string;
  /** What the server wrote to its error log (for failure messages). */
  log: () => string;
  stop: () => Promise<void>;
}

/** How a server is configured: with the project's host file (the real thing) or without it (a test of the test). */
export interface HostOptions {
  /** The build folder to serve. */
  root: string;
  /** False: the server's defaults only, without the project's host file. */
  withSiteConfig?: boolean;
}

/** A free TCP port on the loopback interface. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== 'object' || !address) throw new Error('no free port');
  return address.port;
}

/** Starts `binary` with `args`, waits until it answers on `url`; fails with its log if it exits or never answers. */
async function started(
  binary: string,
  args: string[],
  url: string,
  folder: string,
  logFile: string,
): Promise<RealHost> {
  if (!existsSync(binary))
    throw new Error(
      `${binary} is missing: run scripts/ensure-test-tools.sh (apt-get install nginx apache2)`,
    );
  const child: ChildProcess = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr!.on('data', (chunk) => {
    output += chunk;
  });
  const log = () => `${output}${existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(folder, { recursive: true, force: true });
  };
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) break;
    try {
      await fetch(url);
      return { url, log, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const message = log();
  await stop();
  throw new Error(`${binary} did not start:\n${message}`);
}

/**
 * A copy of the site in the server's own folder, which its unprivileged workers (nobody, www-data)
 * can read wherever the checkout lives: a clone under a 0700 folder (mktemp -d, as CI may use) is not.
 */
function readableCopy(root: string, folder: string): string {
  chmodSync(folder, 0o755);
  const copy = join(folder, 'site');
  cpSync(root, copy, { recursive: true });
  return copy;
}

/** nginx serving `root` at `/`, with deploy/nginx.conf included in its server block. */
export async function startNginx(projectRoot: string, options: HostOptions): Promise<RealHost> {
  const folder = mkdtempSync(join(tmpdir(), 'oewg-nginx-'));
  const root = readableCopy(options.root, folder);
  const port = await freePort();
  const logFile = join(folder, 'error.log');
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
    (kind) => `  ${kind}_temp_path ${join(folder, kind)};`,
  );
  writeFileSync(
    join(folder, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${join(folder, 'nginx.pid')};`,
      `error_log ${logFile} warn;`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...temp,
      '  server {',
      `    listen 127.0.0.1:${port};`,
      `    root ${root};`,
      '    index index.html;',
      ...(options.withSiteConfig === false
        ? []
        : [`    include ${join(projectRoot, 'deploy', 'nginx.conf')};`]),
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  return started(
    serverBinaries.nginx,
    ['-p', folder, '-c', join(folder, 'nginx.conf')],
    `http://127.0.0.1:${port}/`,
    folder,
    logFile,
  );
}

/** Apache (one process, prefork) serving `root` at `/`, reading the build's `.htaccess`. */
export async function startApache(options: HostOptions): Promise<RealHost> {
  const folder = mkdtempSync(join(tmpdir(), 'oewg-apache-'));
  const root = readableCopy(options.root, folder);
  const port = await freePort();
  const logFile = join(folder, 'error.log');
  const modules = ['mpm_prefork', 'authz_core', 'mime', 'headers', 'alias', 'dir'].map(
    (name) => `LoadModule ${name}_module /usr/lib/apache2/modules/mod_${name}.so`,
  );
  writeFileSync(
    join(folder, 'apache2.conf'),
    [
      `ServerRoot ${folder}`,
      `DefaultRuntimeDir ${folder}`,
      `PidFile ${join(folder, 'apache2.pid')}`,
      `ErrorLog ${logFile}`,
      // One process serves one connection at a time: no keep-alive, or each next request waits for it to time out.
      'LogLevel warn',
      ...modules,
      `Listen 127.0.0.1:${port}`,
      'ServerName 127.0.0.1',
      'KeepAlive Off',
      // Started as root, it serves as www-data, as Debian's own configuration does.
      'User www-data',
      'Group www-data',
      'TypesConfig /etc/mime.types',
      `DocumentRoot "${root}"`,
      'DirectoryIndex index.html',
      `<Directory "${root}">`,
      `  AllowOverride ${options.withSiteConfig === false ? 'None' : 'FileInfo'}`,
      '  Require all granted',
      '</Directory>',
      '',
    ].join('\n'),
  );
  return started(
    serverBinaries.apache,
    ['-X', '-f', join(folder, 'apache2.conf')],
    `http://127.0.0.1:${port}/`,
    folder,
    logFile,
  );
}
