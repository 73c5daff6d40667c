// OpenAPI pieces of the shared .xlsx import: the report and the multipart upload operation.
import { z } from "../validation/zod";
import { conflictError, errors, ok, output, type Json } from "../openapi/helpers";

/** The report of an .xlsx import or dry run (shared by the import endpoints). */
export const ImportReportSchema = z.object({
  dryRun: z.boolean(),
  ok: z.boolean().describe("文件没有任何错误（正式导入时表示已写入）"),
  summary: z.object({
    rows: z.number().int().describe("数据行数（不含空行）"),
    valid: z.number().int(),
    invalid: z.number().int().describe("有错误的行数"),
    written: z.number().int().describe("写入的记录数（试导入和失败时为 0）"),
    issues: z.number().int().describe("错误总数（issues 最多列出前 1,000 处）"),
  }),
  issues: z.array(z.object({ row: z.number().int().describe("Excel 行号"), column: z.string().describe("列名"), message: z.string().describe("原因") })),
});

/** multipart/form-data upload of one .xlsx file and the ?dryRun switch. */
export function importOperation(tags: string[], summary: string, pathParams: Json[], description?: string) {
  return {
    tags,
    summary,
    description:
      description ??
      "上传 .xlsx 文件（multipart/form-data，字段名 file，不超过 10 MB、20,000 行）。dryRun=1 为试导入：不写入任何数据，返回每一处错误（行号、列名、原因）。" +
      "正式导入在一个事务中写入全部行；只要有一处错误就不写入任何数据，并以 400 返回错误及完整报告（report）。会员按身份证号匹配，未登记的会员不会新建。",
    parameters: [...pathParams, { name: "dryRun", in: "query", required: false, schema: { type: "string", enum: ["1", "0"] } }],
    requestBody: {
      required: true,
      content: {
        "multipart/form-data": {
          schema: { type: "object", properties: { file: { type: "string", format: "binary", description: ".xlsx 文件" } }, required: ["file"] },
        },
      },
    },
    responses: {
      "200": ok(output(ImportReportSchema), "试导入报告，或导入成功"),
      "400": ok(
        {
          type: "object",
          properties: {
            error: { type: "object", properties: { code: { type: "string" }, message: { type: "string" } } },
            report: output(ImportReportSchema),
          },
        },
        "文件无法导入（格式、大小、行数），或有错误行（附完整报告）",
      ),
      "401": errors["401"],
      "403": errors["403"],
      "404": errors["404"],
      ...conflictError,
    },
  };
}

export type ImportReportDto = z.infer<typeof ImportReportSchema>;
