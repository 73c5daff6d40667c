// zod building blocks shared by the programme-record schemas (honours, studios,
// activities). Client-safe: the forms import these through each module's schema.
import { z, zDate, zPastDate, zPickedId, zUuid } from "../validation/zod";
import { zMoneyText as zMoney } from "../validation/money";

/** Optional on create: a blank form field means "not given". */
export const optional = <T extends z.ZodType>(s: T) => z.union([z.literal("").transform(() => undefined), s]).optional();
/** On update a blank (or null) clears the stored value; absent leaves it alone. */
export const clearable = <T extends z.ZodType>(s: T) => z.union([z.literal("").transform(() => null), z.null(), s]).optional();

export const text = (max: number, label: string) => z.string().trim().max(max, `${label}不能超过${max}个字`);
export const requiredText = (max: number, label: string) =>
  z.string({ error: `请填写${label}` }).trim().min(1, `请填写${label}`).max(max, `${label}不能超过${max}个字`);

export const zYear = (label = "年度") =>
  z.coerce.number({ error: `请填写${label}` }).int(`${label}应为整数`).min(1949, `${label}不早于1949年`).max(2100, `${label}不晚于2100年`);

export const zCount = (label: string, max = 1_000_000) =>
  z.coerce.number({ error: `请填写${label}` }).int(`${label}应为整数`).min(0, `${label}不能为负`).max(max, `${label}过大`);

export { zDate, zMoney, zPastDate, zPickedId, zUuid };

