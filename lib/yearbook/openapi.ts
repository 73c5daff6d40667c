import { body, conflictError, errors, ok, output, queryParams, xlsx, type Paths } from "../openapi/helpers";
import { FactsInputSchema, YearbookQuerySchema, YearbookSchema } from "./schema";

export function yearbookPaths(): Paths {
  const tags = ["工会统计年报"];
  return {
    "/api/v1/yearbook": {
      get: { tags, summary: "某组织（含下级）某统计年度（上年10月1日至本年9月30日）的工会组织基本情况、主要统计表（本年与上年）和逻辑检查", parameters: queryParams(YearbookQuerySchema), responses: { "200": ok(output(YearbookSchema)), ...errors } },
    },
    "/api/v1/yearbook/facts": {
      put: { tags, summary: "填报本组织某统计年度的组织情况（工会工作人员、职代会、厂务公开、董事会、职工董事）；年报已报送或已审核时不能修改", requestBody: body(FactsInputSchema), responses: { "200": ok({ type: "object" }), ...conflictError, ...errors } },
    },
    "/api/v1/yearbook/export": {
      get: { tags, summary: "导出统计年报（.xlsx：指标名称、代码、计量单位、本年、上年）", parameters: queryParams(YearbookQuerySchema), responses: { "200": xlsx, ...errors } },
    },
  };
}
