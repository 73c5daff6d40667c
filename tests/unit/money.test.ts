// Money as decimal strings: formatting, exact comparison in fen, and the schemas
// that refuse floats and more than two decimals.
import { describe, expect, it } from "vitest";
import { formatYuan, fromFen, normaliseMoney, toFen } from "@/lib/money";
import { AllocationSchema, GrantCreateSchema } from "@/lib/assistance/schema";

describe("money strings", () => {
  it("formats yuan as ¥1,234.50", () => {
    expect(formatYuan("1234.5")).toBe("¥1,234.50");
    expect(formatYuan("619400")).toBe("¥619,400.00");
    expect(formatYuan("-800")).toBe("-¥800.00");
    expect(formatYuan("0.05")).toBe("¥0.05");
    expect(formatYuan("1000000.00")).toBe("¥1,000,000.00");
    expect(formatYuan(null)).toBe("—");
  });

  it("normalises and converts exactly through integer fen", () => {
    expect(normaliseMoney("007.1")).toBe("7.10");
    expect(normaliseMoney("-0")).toBe("0.00");
    expect(toFen("0.1") + toFen("0.2")).toBe(toFen("0.3"));
    expect(fromFen(toFen("9999999999.99") + BigInt(1))).toBe("10000000000.00");
    expect(fromFen(BigInt(-5))).toBe("-0.05");
  });
});

describe("amount schemas", () => {
  const grant = { memberId: "2c0b0172-834a-44e3-afbf-aaf0f12bbb41", kind: "WARMTH", reason: "春节送温暖" };
  it("accept strings with up to two decimals and normalise them", () => {
    expect(AllocationSchema.parse({ amount: "1000.5", note: "上级拨付" }).amount).toBe("1000.50");
    expect(GrantCreateSchema.parse({ ...grant, amount: "800" }).amount).toBe("800.00");
  });

  it("refuse numbers, three decimals, negatives and zero", () => {
    for (const amount of [800, "800.001", "-5", "0", "0.00", "1e3", "12345678901"]) {
      expect(GrantCreateSchema.safeParse({ ...grant, amount }).success, String(amount)).toBe(false);
    }
  });

  it("ask each kind for its own details, and no others", () => {
    const edu = GrantCreateSchema.safeParse({ ...grant, kind: "EDUCATION", amount: "3000", details: { childName: "王小明" } });
    expect(edu.success).toBe(false);
    expect(JSON.stringify(edu.error?.issues)).toContain("school");
    const med = GrantCreateSchema.safeParse({ ...grant, kind: "MEDICAL", amount: "3000", details: { hospital: "建湖县人民医院", billTotal: "2000" } });
    expect(med.success).toBe(false);
    expect(med.error?.issues[0].path).toEqual(["amount"]);
    expect(GrantCreateSchema.safeParse({ ...grant, amount: "800", details: { hospital: "建湖县人民医院" } }).success).toBe(false);
    expect(GrantCreateSchema.safeParse({ ...grant, amount: "800", details: { note: "家中有重病老人" } }).success).toBe(true);
  });
});
