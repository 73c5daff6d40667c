import { z } from "../validation/zod";
import { body, errors, conflictError, idParam, listOf, cappedListOf, cappedTotals, ok, output, queryParams, xlsx, type Paths } from "../openapi/helpers";
import {
  AllocationSchema,
  DisbursementResultSchema,
  FundCreateSchema,
  FundListQuerySchema,
  FundSchema,
  FundUpdateSchema,
  GrantCreateSchema,
  GrantDetailSchema,
  GrantDetailsSchema,
  GrantDisburseSchema,
  GrantExportQuerySchema,
  GrantListQuerySchema,
  GrantReasonSchema,
  GrantSchema,
  GrantStepSchema,
  GrantUpdateSchema,
  LedgerEntrySchema,
  LedgerQuerySchema,
  PolicySchema,
  PolicyUpdateSchema,
  ReconciliationQuerySchema,
  ReversalSchema,
  ScopeQuerySchema,
  SummaryQuerySchema,
} from "./schema";

const idempotencyKey = (required: boolean) => ({
  name: "Idempotency-Key",
  in: "header",
  required,
  description: "客户端为每笔操作生成一次的唯一键（8–100位）；重试时保持不变，返回原结果而不会重复记账。同一键用于不同申请、资金或金额时返回 409。",
  schema: { type: "string", pattern: "^[A-Za-z0-9_.:-]{8,100}$" },
});

const entryResult = output(z.object({ entry: LedgerEntrySchema, replayed: z.boolean() }));
const object = { type: "object" };

export function assistancePaths(): Paths {
  const grant = output(GrantDetailSchema);
  const fund = output(FundSchema);
  const funds = ["帮扶资金"];
  const grants = ["帮扶救助"];
  const step = (summary: string, schema: typeof GrantStepSchema | typeof GrantReasonSchema) => ({
    post: { tags: grants, summary, parameters: idParam("uuid"), requestBody: body(schema), responses: { "200": ok(grant), ...conflictError, ...errors } },
  });
  return {
    "/api/v1/funds": {
      get: { tags: funds, summary: "帮扶资金列表（余额 = 台账合计，实时计算）", parameters: queryParams(FundListQuerySchema), responses: { "200": ok(output(listOf(FundSchema))), ...errors } },
      post: { tags: funds, summary: "设立资金（每个工会每年每种来源一项）", requestBody: body(FundCreateSchema), responses: { "201": ok(fund), ...conflictError, ...errors } },
    },
    "/api/v1/funds/{id}": {
      get: { tags: funds, summary: "资金详情", parameters: idParam("uuid"), responses: { "200": ok(fund), ...errors } },
      patch: { tags: funds, summary: "修改资金名称或年度预算", parameters: idParam("uuid"), requestBody: body(FundUpdateSchema), responses: { "200": ok(fund), ...errors } },
    },
    "/api/v1/funds/{id}/entries": {
      get: { tags: funds, summary: "资金台账（只增不改，倒序，含每笔后的余额）", parameters: [...idParam("uuid"), ...queryParams(LedgerQuerySchema)], responses: { "200": ok(output(listOf(LedgerEntrySchema))), ...errors } },
    },
    "/api/v1/funds/{id}/entries/export": {
      get: { tags: funds, summary: "导出资金台账（.xlsx）", parameters: idParam("uuid"), responses: { "200": xlsx, ...errors } },
    },
    "/api/v1/funds/{id}/allocations": {
      post: {
        tags: funds,
        summary: "资金拨入（新增台账分录）",
        parameters: [...idParam("uuid"), idempotencyKey(false)],
        requestBody: body(AllocationSchema),
        responses: { "201": ok(entryResult, "已拨入"), "200": ok(entryResult, "重试：返回原分录"), ...conflictError, ...errors },
      },
    },
    "/api/v1/funds/{id}/entries/{entryId}/reverse": {
      post: {
        tags: funds,
        summary: "冲正一笔分录（新增金额相反的分录，每笔只能冲正一次；发放分录的冲正使申请回到“已审批”）",
        parameters: [...idParam("uuid"), { name: "entryId", in: "path", required: true, schema: { type: "string", pattern: "^\\d+$" } }],
        requestBody: body(ReversalSchema),
        responses: { "201": ok(entryResult), ...conflictError, ...errors },
      },
    },
    "/api/v1/grants": {
      get: {
        tags: grants,
        summary: "救助申请列表（另含 totalAmount：筛选结果的金额合计）",
        parameters: queryParams(GrantListQuerySchema),
        responses: { "200": ok(output(cappedListOf(GrantSchema).extend({ totalAmount: cappedTotals(z.string()) }))), ...errors },
      },
      post: {
        tags: grants,
        summary: "新建救助申请（草稿）",
        requestBody: body(GrantCreateSchema),
        responses: { "201": ok(grant), ...errors },
      },
    },
    "/api/v1/grants/export": {
      get: { tags: grants, summary: "导出救助申请（.xlsx，身份证号脱敏，不含申请详情）", parameters: queryParams(GrantExportQuerySchema), responses: { "200": xlsx, ...errors } },
    },
    "/api/v1/grants/{id}": {
      get: { tags: grants, summary: "申请详情：流程记录、台账分录、当前用户可执行的操作", parameters: idParam("uuid"), responses: { "200": ok(grant), ...errors } },
      patch: { tags: grants, summary: "修改草稿", parameters: idParam("uuid"), requestBody: body(GrantUpdateSchema), responses: { "200": ok(grant), ...conflictError, ...errors } },
    },
    "/api/v1/grants/{id}/submit": step("提交（会员所在工会或其上级；校验单笔与每户每年上限）", GrantStepSchema),
    "/api/v1/grants/{id}/review": step("审核（会员所在工会的上级镇、街道及以上；录入、提交人员不可）", GrantStepSchema),
    "/api/v1/grants/{id}/approve": step("审批（县（区）总工会及以上；录入、提交、审核人员不可；再次校验上限）", GrantStepSchema),
    "/api/v1/grants/{id}/start-notice": step("开始公示（县级及以上；公示天数按救助政策）", GrantStepSchema),
    "/api/v1/grants/{id}/reject": step("驳回（已提交、已审核、已审批、公示中；须填原因）", GrantReasonSchema),
    "/api/v1/grants/{id}/withdraw": step("撤回（草稿、已提交、已审核；申请方；须填原因）", GrantReasonSchema),
    "/api/v1/grants/{id}/disburse": {
      post: {
        tags: grants,
        summary: "发放（公示期满后；锁定资金、校验余额、写入台账，一个事务）",
        parameters: [...idParam("uuid"), idempotencyKey(true)],
        requestBody: body(GrantDisburseSchema),
        responses: { "200": ok(output(DisbursementResultSchema), "已发放（重试同一键时返回原分录，replayed=true）"), ...conflictError, ...errors },
      },
    },
    "/api/v1/grants/{id}/reverse": {
      post: {
        tags: grants,
        summary: "冲正发放（新增冲正分录，申请回到“已审批”，须重新公示后才能再次发放）",
        parameters: idParam("uuid"),
        requestBody: body(GrantReasonSchema),
        responses: { "200": ok(output(DisbursementResultSchema)), ...conflictError, ...errors },
      },
    },
    "/api/v1/grants/{id}/details": {
      post: {
        tags: grants,
        summary: "查看申请详情（录取信息、医疗费用等，记入审计日志；领导账号不可用）",
        parameters: idParam("uuid"),
        responses: { "200": ok(output(z.object({ details: GrantDetailsSchema.nullable() }))), ...errors },
      },
    },
    "/api/v1/grants/policies": {
      get: { tags: grants, summary: "救助政策（是否须困难档案、单笔及每户每年上限、公示天数）", responses: { "200": ok(output(z.object({ data: z.array(PolicySchema) }))), ...errors } },
    },
    "/api/v1/grants/policies/{kind}": {
      patch: {
        tags: grants,
        summary: "修改救助政策（管理员）",
        parameters: [{ name: "kind", in: "path", required: true, schema: { type: "string" } }],
        requestBody: body(PolicyUpdateSchema),
        responses: { "200": ok(output(PolicySchema)), ...errors },
      },
    },
    "/api/v1/assistance/queue": {
      get: { tags: grants, summary: "待办：当前用户可提交、审核、审批、公示、发放的申请，及复核到期、待核实的档案", parameters: queryParams(ScopeQuerySchema), responses: { "200": ok(object), ...errors } },
    },
    "/api/v1/assistance/summary": {
      get: { tags: grants, summary: "统计：按类别、下级单位、月份的发放金额与人次；各项资金预算与支出", parameters: queryParams(SummaryQuerySchema), responses: { "200": ok(object), ...errors } },
    },
    "/api/v1/assistance/reconciliation": {
      get: {
        tags: funds,
        summary: "资金对账（管理员）：每项资金台账合计与“拨入−已发放申请+冲正”比对，每笔已发放申请有且只有一笔未冲正的发放分录",
        parameters: queryParams(ReconciliationQuerySchema),
        responses: { "200": ok(object), ...errors },
      },
    },
  };
}
