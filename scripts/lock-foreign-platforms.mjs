// The registry mirror here serves only the packages of this platform, so `npm install` leaves the
// other platforms' optional binaries (darwin, windows, arm64 …) out of package-lock.json, and
// `npm ci` then refuses the lock. This adds those entries back, marked optional with their os/cpu,
// so npm ci skips them on Linux x64 as it would with a complete lock. Run after `npm install`.
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const platform = (name) => {
  const os = /android/.test(name) ? 'android' : /darwin/.test(name) ? 'darwin' : /win32|windows/.test(name) ? 'win32'
    : /freebsd/.test(name) ? 'freebsd' : /linux/.test(name) ? 'linux' : /wasi|wasm/.test(name) ? undefined : undefined;
  const cpu = /arm64/.test(name) ? 'arm64' : /x64/.test(name) ? 'x64' : /wasm32/.test(name) ? 'wasm32' : undefined;
  const libc = /musl/.test(name) ? 'musl' : /gnu/.test(name) ? 'glibc' : undefined;
  return { ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}), ...(libc ? { libc: [libc] } : {}) };
};
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `${path ? `${path}/` : ''}node_modules/${name}`.replace(/^node_modules\/(.*)\/node_modules\//, 'node_modules/$1/node_modules/');
    const hoisted = `node_modules/${name}`;
    if (lock.packages[key] || lock.packages[hoisted]) continue;
    lock.packages[hoisted] = { version, optional: true, ...platform(name) };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock-foreign-platforms: added ${added} optional entries`);
