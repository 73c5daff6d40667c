// Generators for identifiers that must be valid and unique across the data set:
// resident ID numbers (GB 11643), mobile numbers, unified social credit codes
// (GB 32100, with the embedded GB 11714 organisation code).
import { checkDigit } from "../../lib/members/id-number";
import { compact } from "./dates";
import type { Rng } from "./random";

export class IdNumbers {
  private readonly used = new Set<string>();

  /** Registers a hand-made number so generated ones never collide with it. */
  reserve(idNumber: string): void {
    this.used.add(idNumber.slice(0, 17));
  }

  /** The sequence digits' parity encodes sex: odd = male. */
  next(rng: Rng, region: string, birthDay: number, male: boolean): string {
    const prefix = region + compact(birthDay);
    for (;;) {
      const seq = rng.int(0, 499) * 2 + (male ? 1 : 0);
      const first17 = prefix + String(seq).padStart(3, "0");
      if (this.used.has(first17)) continue;
      this.used.add(first17);
      return first17 + checkDigit(first17);
    }
  }
}

const MOBILE_PREFIXES = [
  "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "153",
  "155", "156", "157", "158", "159", "173", "176", "177", "180", "181", "182", "183", "185", "186",
  "187", "188", "189", "191", "193", "195", "198", "199",
];

export class Phones {
  private readonly used = new Set<string>();

  reserve(phone: string): void {
    this.used.add(phone);
  }

  next(rng: Rng): string {
    for (;;) {
      const phone = rng.pick(MOBILE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, "0");
      if (this.used.has(phone)) continue;
      this.used.add(phone);
      return phone;
    }
  }
}

/** Office landline, e.g. "0515-86212345" (area code per city). */
export function landline(rng: Rng, areaCode: string): string {
  return `${areaCode}-8${rng.int(0, 9_999_999).toString().padStart(7, "0")}`;
}

const USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

function orgCodeValue(c: string): number {
  return /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55; // A = 10 … Z = 35
}

export class CreditCodes {
  private readonly used = new Set<string>();

  /**
   * Registration authority and type ("91": enterprise registered with market
   * regulation; "12": public institution) + region + org code + check.
   */
  next(rng: Rng, region: string, authority: "91" | "12" = "91"): string {
    for (;;) {
      // Codes issued since 2015 start "MA"; older enterprises kept their
      // numeric organisation code.
      const modern = rng.chance(0.6);
      let body = modern ? "MA" : String(rng.int(1, 7));
      while (body.length < 8) body += !modern || rng.chance(0.75) ? String(rng.int(0, 9)) : USCC_ALPHABET[rng.int(10, 30)];
      let sum = 0;
      for (let i = 0; i < 8; i++) sum += orgCodeValue(body[i]) * ORG_WEIGHTS[i];
      const c9 = 11 - (sum % 11);
      const orgCode = body + (c9 === 10 ? "X" : c9 === 11 ? "0" : String(c9));
      const first17 = authority + region + orgCode;
      let total = 0;
      for (let i = 0; i < 17; i++) total += USCC_ALPHABET.indexOf(first17[i]) * USCC_WEIGHTS[i];
      const code = first17 + USCC_ALPHABET[(31 - (total % 31)) % 31];
      if (this.used.has(code)) continue;
      this.used.add(code);
      return code;
    }
  }
}
