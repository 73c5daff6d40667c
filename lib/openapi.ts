// The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the
// handlers validate with, so the document cannot drift from the code. Each
// module describes its own paths (lib/<module>/openapi.ts); add yours to MODULES.
import { z } from "./validation/zod";
import { ERROR_CODES } from "./errors";
import { ok, output, errors, type Paths } from "./openapi/helpers";
import { orgPaths } from "./orgs/openapi";
import { memberPaths } from "./members/openapi";
import { honourPaths } from "./honours/openapi";
import { studioPaths } from "./studios/openapi";
import { activityPaths } from "./activities/openapi";
import { assistOrderPaths } from "./assist-orders/openapi";
import { rightsCasePaths } from "./rights-cases/openapi";
import { trainingPaths } from "./trainings/openapi";
import { competitionPaths } from "./competitions/openapi";
import { hardshipPaths } from "./hardship/openapi";
import { assistancePaths } from "./assistance/openapi";
import { dashboardPaths } from "./dashboard/openapi";
import { contractPaths } from "./contracts/openapi";
import { enterprisePaths } from "./enterprises/openapi";
import { selfServicePaths } from "./self-service/openapi";
import { reportPaths } from "./reports/openapi";
import { yearbookPaths } from "./yearbook/openapi";
import { reformPaths } from "./reform/openapi";
import { authPaths } from "./auth/openapi";

const MODULES: (() => Paths)[] = [orgPaths, memberPaths, honourPaths, studioPaths, activityPaths, trainingPaths, competitionPaths, hardshipPaths, assistancePaths, dashboardPaths, contractPaths, enterprisePaths, selfServicePaths, reportPaths, yearbookPaths, reformPaths, assistOrderPaths, rightsCasePaths, authPaths];

const ErrorSchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string().describe("中文错误信息"),
    fields: z.record(z.string(), z.string()).optional().describe("字段 → 错误信息"),
  }),
});

export function buildOpenApi() {
  const paths: Paths = Object.assign({}, ...MODULES.map((m) => m()));
  paths["/api/v1/me"] = { get: { tags: ["账号"], summary: "当前用户", responses: { "200": ok({ type: "object" }), ...errors } } };
  return {
    openapi: "3.1.0",
    info: {
      title: "工会工作平台 API",
      version: "1.0.0",
      description:
        "县（区）总工会工作平台的 JSON 接口。所有接口使用登录会话（next-auth 凭据登录后的 Cookie），" +
        "按调用者的组织范围授权：范围外的记录返回 404，无权操作返回 403。错误统一为 { error: { code, message, fields? } }。",
    },
    servers: [{ url: "/" }],
    components: {
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" } },
      responses: { Error: ok(output(ErrorSchema), "错误") },
    },
    security: [{ session: [] }],
    paths,
  };
}
