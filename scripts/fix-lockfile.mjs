// npm run lockfile:fix — run after `npm install <package>`.
//
// The registry this project installs from lacks some other platforms' builds
// of native packages (e.g. @next/swc-darwin-arm64). `npm install` then leaves
// those optional dependencies out of package-lock.json, and `npm ci` refuses
// the lock file ("Missing: … from lock file"). This adds the missing optional
// platform packages back as entries that npm skips on every other platform,
// so `npm ci` works on a clean machine.
import fs from "node:fs";

const FILE = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(fs.readFileSync(FILE, "utf8"));
const pkgs = lock.packages;

const OS = ["darwin", "linux", "win32", "freebsd", "android", "openharmony", "sunos", "aix", "netbsd", "openbsd"];
const CPU = { arm64: "arm64", x64: "x64", ia32: "ia32", arm: "arm", loong64: "loong64", ppc64: "ppc64", riscv64: "riscv64", s390x: "s390x", wasm32: "wasm32" };

function platformOf(name) {
  const tokens = name.split("/").pop().split("-");
  const entry = {};
  const os = tokens.find((t) => OS.includes(t));
  if (os) entry.os = [os];
  const cpu = tokens.find((t) => t in CPU);
  if (cpu) entry.cpu = [CPU[cpu]];
  if (tokens.includes("gnu") || tokens.some((t) => t.startsWith("gnueabi"))) entry.libc = ["glibc"];
  if (tokens.includes("musl") || tokens.some((t) => t.startsWith("musleabi"))) entry.libc = ["musl"];
  return entry;
}

let added = 0;
for (const [path, meta] of Object.entries(pkgs)) {
  for (const [dep, spec] of Object.entries(meta.optionalDependencies ?? {})) {
    const nested = `${path ? `${path}/` : ""}node_modules/${dep}`;
    if (pkgs[nested] || pkgs[`node_modules/${dep}`]) continue;
    const platform = platformOf(dep);
    if (!platform.os && !platform.cpu) continue; // not a platform build: leave it to npm
    pkgs[`node_modules/${dep}`] = { version: String(spec).replace(/^[\^~=]/, ""), optional: true, ...platform };
    added++;
  }
}

const sorted = Object.fromEntries(Object.entries(pkgs).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
lock.packages = sorted;
fs.writeFileSync(FILE, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} optional platform package(s) added`);
