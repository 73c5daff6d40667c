// Protection at rest for ID numbers. One secret (ID_NUMBER_KEY) is stretched
// into two keys: an AES-256-GCM key for the ciphertext and an HMAC key for the
// lookup hash, so "find by ID number" never needs to decrypt the table.
import crypto from "node:crypto";

type Keys = { enc: Buffer; mac: Buffer };
let cached: { secret: string; keys: Keys } | null = null;

function keys(): Keys {
  const secret = process.env.ID_NUMBER_KEY;
  if (!secret) throw new Error("ID_NUMBER_KEY is not set");
  if (cached?.secret === secret) return cached.keys;
  const ikm = Buffer.from(secret, "base64");
  if (ikm.length < 32) throw new Error("ID_NUMBER_KEY must be at least 32 bytes, base64-encoded");
  const derive = (info: string) => Buffer.from(crypto.hkdfSync("sha256", ikm, Buffer.alloc(0), info, 32));
  const k = { enc: derive("union-portal id-number encryption v1"), mac: derive("union-portal id-number lookup v1") };
  cached = { secret, keys: k };
  return k;
}

const VERSION = 1;

/** version(1) | iv(12) | tag(16) | ciphertext */
export function encryptIdNumber(idNumber: string): Buffer {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", keys().enc, iv);
  const body = Buffer.concat([cipher.update(idNumber, "utf8"), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
}

export function decryptIdNumber(blob: Uint8Array): string {
  const b = Buffer.from(blob);
  if (b[0] !== VERSION) throw new Error("unknown ID cipher version");
  const decipher = crypto.createDecipheriv("aes-256-gcm", keys().enc, b.subarray(1, 13));
  decipher.setAuthTag(b.subarray(13, 29));
  return Buffer.concat([decipher.update(b.subarray(29)), decipher.final()]).toString("utf8");
}

/** Deterministic keyed hash of a normalised 18-digit number, hex. */
export function hashIdNumber(idNumber: string): string {
  return crypto.createHmac("sha256", keys().mac).update(idNumber).digest("hex");
}
