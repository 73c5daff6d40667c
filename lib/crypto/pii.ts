// Protection at rest for personal data. One secret (ID_NUMBER_KEY) is
// stretched into keys for: ID-number ciphertexts (AES-256-GCM), the ID-number
// lookup hash (HMAC, so "find by ID number" never decrypts the table), and
// other sensitive text such as hardship and medical details (AES-256-GCM).
import crypto from "node:crypto";

type Keys = { enc: Buffer; mac: Buffer; text: Buffer; secret: Buffer };
let cached: { secret: string; keys: Keys } | null = null;

function keys(): Keys {
  const secret = process.env.ID_NUMBER_KEY;
  if (!secret) throw new Error("ID_NUMBER_KEY is not set");
  if (cached?.secret === secret) return cached.keys;
  const ikm = Buffer.from(secret, "base64");
  if (ikm.length < 32) throw new Error("ID_NUMBER_KEY must be at least 32 bytes, base64-encoded");
  const derive = (info: string) => Buffer.from(crypto.hkdfSync("sha256", ikm, Buffer.alloc(0), info, 32));
  const k = {
    enc: derive("union-portal id-number encryption v1"),
    mac: derive("union-portal id-number lookup v1"),
    text: derive("union-portal sensitive text encryption v1"),
    secret: derive("union-portal one-time secret hash v1"),
  };
  cached = { secret, keys: k };
  return k;
}

const VERSION = 1;

/** version(1) | iv(12) | tag(16) | ciphertext */
function seal(key: Buffer, plain: string): Buffer {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
}

function open(key: Buffer, blob: Uint8Array): string {
  const b = Buffer.from(blob);
  if (b[0] !== VERSION) throw new Error("unknown cipher version");
  const decipher = crypto.createDecipheriv("aes-256-gcm", key, b.subarray(1, 13));
  decipher.setAuthTag(b.subarray(13, 29));
  return Buffer.concat([decipher.update(b.subarray(29)), decipher.final()]).toString("utf8");
}

export const encryptIdNumber = (idNumber: string) => seal(keys().enc, idNumber);
export const decryptIdNumber = (blob: Uint8Array) => open(keys().enc, blob);

/** Sensitive free text or JSON (hardship, medical, requested profile changes). */
export const encryptText = (text: string) => seal(keys().text, text);
export const decryptText = (blob: Uint8Array) => open(keys().text, blob);
export const encryptJson = (value: unknown) => encryptText(JSON.stringify(value));
export const decryptJson = <T>(blob: Uint8Array) => JSON.parse(decryptText(blob)) as T;

/** Deterministic keyed hash of a normalised 18-digit number, hex. */
export function hashIdNumber(idNumber: string): string {
  return crypto.createHmac("sha256", keys().mac).update(idNumber).digest("hex");
}

/** Keyed hash of a short secret (e.g. a one-time activation code), hex. */
export function hashSecret(value: string): string {
  return crypto.createHmac("sha256", keys().secret).update(value).digest("hex");
}
