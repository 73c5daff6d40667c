import { body, conflictError, errors, ok, output, queryParams, type Paths } from "../openapi/helpers";
import { ApproveSchema, EntryWindowSchema, ExceptionInputSchema, ExceptionSchema, ReasonSchema, ReportOverviewSchema, ReportQuerySchema, ReportSchema, SubmitSchema } from "./schema";

const idParam = [{ name: "id", in: "path", required: true, schema: { type: "integer" } }];

export function reportPaths(): Paths {
  const tags = ["报送审核"];
  const report = ok(output(ReportSchema));
  const step = (summary: string, schema: typeof ApproveSchema | typeof ReasonSchema) => ({
    post: { tags, summary, parameters: idParam, requestBody: body(schema), responses: { "200": report, ...conflictError, ...errors } },
  });
  return {
    "/api/v1/period-reports": {
      get: {
        tags,
        summary: "某组织某期间（年度 2026 或季度 2026-Q3）的报送、下级报送情况及当前用户可执行的操作",
        parameters: queryParams(ReportQuerySchema),
        responses: { "200": ok(output(ReportOverviewSchema)), ...errors },
      },
      post: {
        tags,
        summary: "报送本组织的期间（保存全部看板指标的快照；下级须已全部审核通过）",
        requestBody: body(SubmitSchema),
        responses: { "201": report, ...conflictError, ...errors },
      },
    },
    "/api/v1/period-reports/exceptions": {
      post: { tags, summary: "批准下级逾期补录某季度（上一级组织的工会干部；限时有效，记入审计日志）", requestBody: body(ExceptionInputSchema), responses: { "201": ok(output(ExceptionSchema)), ...errors } },
    },
    "/api/v1/period-reports/entry-window": {
      put: { tags, summary: "设置下级组织的报送宽限天数及宽限期后是否关闭逾期录入（上级管理员）", requestBody: body(EntryWindowSchema), responses: { "200": ok({ type: "object" }), ...errors } },
    },
    "/api/v1/period-reports/{id}": { get: { tags, summary: "一条报送记录及其快照", parameters: idParam, responses: { "200": report, ...errors } } },
    "/api/v1/period-reports/{id}/approve": step("审核通过（上一级工会干部，报送人除外；通过后该期间锁定）", ApproveSchema),
    "/api/v1/period-reports/{id}/return": step("退回并说明理由（上一级工会干部）", ReasonSchema),
    "/api/v1/period-reports/{id}/accept": step("再上一级确认已审核的期间", ApproveSchema),
    "/api/v1/period-reports/{id}/reopen": step("重新开放已锁定的期间（审核一级的管理员，须说明理由；报送回到退回状态）", ReasonSchema),
  };
}
