// zod types for amounts in yuan, shared by the assistance and hardship schemas.
import { z } from "../validation/zod";
import { MONEY_PATTERN, normaliseMoney } from "./money";

/** A non-negative amount as a string ("1234.50"); numbers are refused so that no float ever carries money. */
export const zMoney = (label: string) =>
  z
    .string({ error: `请填写${label}（金额以字符串传递，如 "1234.50"）` })
    .trim()
    .regex(MONEY_PATTERN, `${label}应为金额，最多两位小数，如 1234.50`)
    .transform(normaliseMoney);

/** A strictly positive amount. */
export const zPositiveMoney = (label: string) => zMoney(label).refine((v) => v !== "0.00", `${label}必须大于0`);
