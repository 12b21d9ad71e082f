// The registry mirror here serves only the packages of this platform, so `npm install` leaves the
// other platforms' optional binaries (darwin, windows, arm64 …) out of package-lock.json, and
// `npm ci` then refuses the lock. This adds those entries back, marked optional with their os/cpu,
// so npm ci skips them on Linux x64 as it would with a complete lock. Run after `npm install`.
//
// Every entry must also carry the registry's `integrity`: without it npm would install whatever
// bytes the registry serves on the machine that does install that platform. The registry serves
// the metadata of every platform's package, so the missing hashes are asked of it
// (`npm view <name>@<version> dist.integrity`); a package it does not know fails the script.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const platform = (name) => {
  const os = /android/.test(name)
    ? 'android'
    : /darwin/.test(name)
      ? 'darwin'
      : /win32|windows/.test(name)
        ? 'win32'
        : /freebsd/.test(name)
          ? 'freebsd'
          : /linux/.test(name)
            ? 'linux'
            : /wasi|wasm/.test(name)
              ? undefined
              : undefined;
  const cpu = /arm64/.test(name)
    ? 'arm64'
    : /x64/.test(name)
      ? 'x64'
      : /wasm32/.test(name)
        ? 'wasm32'
        : undefined;
  const libc = /musl/.test(name) ? 'musl' : /gnu/.test(name) ? 'glibc' : undefined;
  return {
    ...(os ? { os: [os] } : {}),
    ...(cpu ? { cpu: [cpu] } : {}),
    ...(libc ? { libc: [libc] } : {}),
  };
};
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `${path ? `${path}/` : ''}node_modules/${name}`.replace(
      /^node_modules\/(.*)\/node_modules\//,
      'node_modules/$1/node_modules/',
    );
    const hoisted = `node_modules/${name}`;
    if (lock.packages[key] || lock.packages[hoisted]) continue;
    lock.packages[hoisted] = { version, optional: true, ...platform(name) };
    added++;
  }
}

/** The package name of a lockfile key: the part after its last `node_modules/`. */
const packageName = (key) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
let hashed = 0;
for (const [key, entry] of Object.entries(lock.packages)) {
  if (key === '' || entry.link || entry.integrity) continue;
  const spec = `${packageName(key)}@${entry.version}`;
  const integrity = execFileSync('npm', ['view', spec, 'dist.integrity'], {
    encoding: 'utf8',
  }).trim();
  if (!/^sha512-[A-Za-z0-9+/]+={0,2}$/.test(integrity)) {
    throw new Error(
      `lock-foreign-platforms: the registry gave no sha512 integrity for ${spec} (got "${integrity}")`,
    );
  }
  lock.packages[key] = { version: entry.version, integrity, ...entry };
  hashed++;
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) =>
    a === '' ? -1 : b === '' ? 1 : a.localeCompare(b),
  ),
);
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(
  `lock-foreign-platforms: added ${added} optional entries, ${hashed} integrity hashes from the registry`,
);
