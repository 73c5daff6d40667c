// Which address a request came from, for the audit log and the sign-in
// throttle. `X-Forwarded-For` is written by whoever sends the request, so only
// the hops added by our own proxies (TRUSTED_PROXIES) are believed.
//
// scripts/serve.ts, the server `npm start` and the tests run, appends the TCP
// peer's address to X-Forwarded-For on every request, so the header's last
// entry is always the socket peer. Walking from the right, each entry that is
// a trusted proxy vouches for the one to its left; the first entry that is not
// a trusted proxy is the client.
import { BlockList, isIP } from "node:net";

/** Parses "10.0.0.1, 10.1.0.0/16, ::1" into a BlockList; throws on a bad entry. */
export function parseTrustedProxies(spec: string | undefined): BlockList {
  const list = new BlockList();
  for (const raw of (spec ?? "").split(",")) {
    const entry = raw.trim();
    if (!entry) continue;
    const [addr, bits] = entry.split("/");
    const family = isIP(addr);
    if (!family) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    const type = family === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(addr, type);
    else {
      const prefix = Number(bits);
      if (!/^\d+$/.test(bits) || prefix > (family === 6 ? 128 : 32)) throw new Error(`TRUSTED_PROXIES: bad prefix in "${entry}"`);
      list.addSubnet(addr, prefix, type);
    }
  }
  return list;
}

let cached: { spec: string | undefined; list: BlockList } | null = null;
function trustedFromEnv(): BlockList {
  const spec = process.env.TRUSTED_PROXIES;
  if (!cached || cached.spec !== spec) cached = { spec, list: parseTrustedProxies(spec) };
  return cached.list;
}

/** "::ffff:10.0.0.1" (an IPv4 peer on a dual-stack socket) → "10.0.0.1". */
function normalise(addr: string): string {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(addr);
  return m ? m[1] : addr;
}

function isTrusted(addr: string, list: BlockList): boolean {
  const family = isIP(addr);
  return family !== 0 && list.check(addr, family === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address from an X-Forwarded-For value whose last entry is the
 * socket peer. Undefined when there is nothing usable (no header at all).
 */
export function clientAddressFrom(xForwardedFor: string | null | undefined, trusted: BlockList = trustedFromEnv()): string | undefined {
  const hops = (xForwardedFor ?? "")
    .split(",")
    .map((h) => normalise(h.trim()))
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i];
    // Garbage where an address should be: the last hop we could believe
    // (the proxy that passed it on) is the best we know.
    if (!isIP(hop)) return hops[i + 1];
    if (i === 0 || !isTrusted(hop, trusted)) return hop;
  }
  return undefined;
}

type HeaderSource = Headers | Record<string, unknown> | undefined;

/** The client address of a request, from a Fetch `Headers` or a Node-style header object. */
export function clientAddress(headers: HeaderSource): string | undefined {
  let xff: unknown;
  if (headers instanceof Headers) xff = headers.get("x-forwarded-for");
  else xff = headers?.["x-forwarded-for"];
  if (Array.isArray(xff)) xff = xff.join(",");
  return clientAddressFrom(typeof xff === "string" ? xff : undefined);
}
