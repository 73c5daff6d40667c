// The API's money fields (zod), on lib/money.ts's rules: amounts travel as
// decimal strings, never as floating-point numbers. Apart from lib/money.ts so
// that a page which only formats an amount does not load zod.
import { z } from "./zod";
import { MONEY_PATTERN, normaliseMoney } from "../money";

/**
 * A non-negative amount as a string, as typed ("1234.5"). The programme records
 * use this form inside their optional/clearable unions, where a transform would
 * turn the field's own message into zod's generic union error.
 */
export const zMoneyText = (label: string) =>
  z
    .string({ error: `请填写${label}（金额以字符串传递，如 "1234.50"）` })
    .trim()
    .regex(MONEY_PATTERN, `${label}应为不超过两位小数的金额（元）`);

/** A non-negative amount as a string, normalised to "1234.50"; numbers are refused so that no float ever carries money. */
export const zMoney = (label: string) => zMoneyText(label).transform(normaliseMoney);

/** A strictly positive amount. */
export const zPositiveMoney = (label: string) => zMoney(label).refine((v) => v !== "0.00", `${label}必须大于0`);
