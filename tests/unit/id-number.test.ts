import { describe, expect, it } from "vitest";
import { checkDigit, maskIdNumber, parseIdNumber } from "@/lib/members/id-number";
import { maskPhone } from "@/lib/members/phone";

const TODAY = new Date("2026-11-21T00:00:00Z");

describe("GB 11643 ID numbers", () => {
  it("accepts a valid 18-digit number and derives birth date and sex", () => {
    const r = parseIdNumber("11010519491231002X", TODAY);
    expect(r).toEqual({ ok: true, value: { idNumber: "11010519491231002X", birthDate: "1949-12-31", sex: "FEMALE" } });
  });

  it("accepts a lower-case x and surrounding spaces", () => {
    const r = parseIdNumber(" 11010519491231002x ", TODAY);
    expect(r.ok && r.value.idNumber).toBe("11010519491231002X");
  });

  it("derives male from an odd sequence digit", () => {
    const body = "32092519850317001";
    const r = parseIdNumber(body + checkDigit(body), TODAY);
    expect(r.ok && r.value).toMatchObject({ birthDate: "1985-03-17", sex: "MALE" });
  });

  it("rejects a wrong check digit", () => {
    expect(parseIdNumber("110105194912310021", TODAY)).toEqual({ ok: false, error: "CHECK_DIGIT" });
  });

  it.each([
    ["February 30th", "19900230"],
    ["month 13", "19901301"],
    ["day 00", "19900100"],
    ["29 February in a common year", "19010229"],
    ["a birth date in the future", "20301201"],
    ["a year before 1900", "18991231"],
  ])("rejects an impossible date: %s", (_label, date) => {
    const body = `320925${date}001`;
    expect(parseIdNumber(body + checkDigit(body), TODAY)).toEqual({ ok: false, error: "DATE" });
  });

  it("accepts 29 February in a leap year", () => {
    const body = "32092520000229001";
    expect(parseIdNumber(body + checkDigit(body), TODAY).ok).toBe(true);
  });

  it("upgrades a legacy 15-digit number to 18 digits with its check digit", () => {
    const r = parseIdNumber("110105491231002", TODAY);
    expect(r).toEqual({ ok: true, value: { idNumber: "11010519491231002X", birthDate: "1949-12-31", sex: "FEMALE" } });
  });

  it("rejects a legacy number with an impossible date", () => {
    expect(parseIdNumber("110105490231002", TODAY)).toEqual({ ok: false, error: "DATE" });
  });

  it.each(["", "1234", "11010519491231002", "1101051949123100X2", "11010519491231002XX", "ABCDEFGHIJKLMNOPQR"])(
    "rejects malformed input %j",
    (s) => expect(parseIdNumber(s, TODAY)).toEqual({ ok: false, error: "FORMAT" }),
  );

  it("rejects an unknown province code", () => {
    const body = "99092519850317001";
    expect(parseIdNumber(body + checkDigit(body), TODAY)).toEqual({ ok: false, error: "REGION" });
  });

  it("masks all but the region and the check character: no birth date, no sequence number", () => {
    expect(maskIdNumber("11010519491231002X")).toBe("110105***********X");
  });
});

describe("phone numbers in lists", () => {
  it("show the network prefix and the last four digits only", () => {
    expect(maskPhone("13812345678")).toBe("138****5678");
    expect(maskPhone("1381234")).toBe("*******");
  });
});
