// Chinese resident identity numbers (GB 11643-1999). Pure functions, shared by
// the browser form and the server: 18 characters — 6-digit region code, birth
// date YYYYMMDD, 3-digit sequence (odd = male), and an ISO 7064 MOD 11-2 check
// character. Legacy 15-digit numbers (YYMMDD, no check digit, born 19xx) are
// upgraded to 18 digits so that one person always has one number.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = "10X98765432";

export type IdNumberInfo = { idNumber: string; birthDate: string; sex: "MALE" | "FEMALE" };
export type IdNumberError = "FORMAT" | "REGION" | "DATE" | "CHECK_DIGIT";

export const ID_NUMBER_MESSAGES: Record<IdNumberError, string> = {
  FORMAT: "身份证号应为18位（最后一位可为X），或15位旧号码",
  REGION: "身份证号的地区码无效",
  DATE: "身份证号中的出生日期不存在或晚于今天",
  CHECK_DIGIT: "身份证号校验位不正确，请核对",
};

export function checkDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

function validDate(y: number, m: number, d: number, today: Date): boolean {
  if (y < 1900 || m < 1 || m > 12 || d < 1) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return false;
  return date.getTime() <= today.getTime();
}

/** Parses and validates; returns the normalised 18-digit number and derived facts. */
export function parseIdNumber(
  raw: string,
  today: Date = new Date(),
): { ok: true; value: IdNumberInfo } | { ok: false; error: IdNumberError } {
  let s = raw.trim().toUpperCase();
  if (/^\d{15}$/.test(s)) {
    const body = s.slice(0, 6) + "19" + s.slice(6);
    s = body + checkDigit(body);
  } else if (!/^\d{17}[\dX]$/.test(s)) {
    return { ok: false, error: "FORMAT" };
  }
  if (!/^[1-9]\d{5}$/.test(s.slice(0, 6)) || !VALID_PROVINCES.has(s.slice(0, 2))) return { ok: false, error: "REGION" };
  const y = Number(s.slice(6, 10));
  const m = Number(s.slice(10, 12));
  const d = Number(s.slice(12, 14));
  if (!validDate(y, m, d, today)) return { ok: false, error: "DATE" };
  if (checkDigit(s.slice(0, 17)) !== s[17]) return { ok: false, error: "CHECK_DIGIT" };
  return {
    ok: true,
    value: {
      idNumber: s,
      birthDate: `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`,
      sex: Number(s[16]) % 2 === 1 ? "MALE" : "FEMALE",
    },
  };
}

/**
 * "320925***********X": region code and check character only. The familiar
 * "region + last four" mask hides exactly the birth date, which screens used to
 * show next to it, so the two together were the whole number. With this mask,
 * a birth year and the sex still leave about 16,000 numbers (365 days × 500
 * sequence numbers of that parity ÷ 11 check characters); the integration test
 * id-number-exposure.test.ts counts them for every role and route.
 */
export function maskIdNumber(idNumber: string): string {
  return idNumber.slice(0, 6) + "*".repeat(idNumber.length - 7) + idNumber.slice(-1);
}

/** A masked number as exports show it, current or former mask: never matchable. */
export const MASKED_ID_NUMBER = /^\d{6}\*+\d{0,3}[\dX]$/i;

// First two digits: the province-level divisions of GB/T 2260.
const VALID_PROVINCES = new Set([
  "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
  "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
  "71", "81", "82", "83",
]);
