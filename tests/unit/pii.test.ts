import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { decryptIdNumber, decryptJson, decryptText, encryptIdNumber, encryptJson, encryptText, hashIdNumber } from "@/lib/crypto/pii";

const ID = "11010519491231002X";

describe("ID number protection at rest", () => {
  beforeAll(() => {
    process.env.ID_NUMBER_KEY = crypto.randomBytes(32).toString("base64");
  });

  it("round-trips through encryption and never stores the plaintext", () => {
    const blob = encryptIdNumber(ID);
    expect(blob.toString("latin1")).not.toContain(ID);
    expect(decryptIdNumber(blob)).toBe(ID);
  });

  it("uses a fresh IV, so equal numbers give different ciphertexts", () => {
    expect(encryptIdNumber(ID).equals(encryptIdNumber(ID))).toBe(false);
  });

  it("detects tampering", () => {
    const blob = encryptIdNumber(ID);
    blob[blob.length - 1] ^= 1;
    expect(() => decryptIdNumber(blob)).toThrow();
  });

  it("hashes deterministically with the key, differently under another key", () => {
    const h = hashIdNumber(ID);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(hashIdNumber(ID)).toBe(h);
    process.env.ID_NUMBER_KEY = crypto.randomBytes(32).toString("base64");
    expect(hashIdNumber(ID)).not.toBe(h);
  });

  it("encrypts sensitive text and JSON under a key of their own", () => {
    const blob = encryptText("因病致困：尿毒症，每周透析三次");
    expect(blob.toString("utf8")).not.toContain("尿毒症");
    expect(decryptText(blob)).toBe("因病致困：尿毒症，每周透析三次");
    expect(() => decryptIdNumber(blob)).toThrow();
    expect(decryptJson(encryptJson({ hospital: "建湖县人民医院", bill: "23456.70" }))).toEqual({ hospital: "建湖县人民医院", bill: "23456.70" });
  });

  it("refuses to work without a key", () => {
    delete process.env.ID_NUMBER_KEY;
    expect(() => hashIdNumber(ID)).toThrow(/ID_NUMBER_KEY/);
  });
});
