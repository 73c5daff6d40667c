"use client";
// Bulk import from .xlsx: download the template, choose a file, run a dry run
// (nothing is written; every bad row is listed with its row, column and
// reason), then import — all rows or none. Shared by trainings, competitions
// and the member registry.
import { useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { ImportReportDto } from "@/lib/xlsx/openapi";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { formatNumber } from "../format";

type Props = {
  /** POST endpoint; `?dryRun=1` is added for the dry run. */
  importUrl: string;
  templateHref: string;
  /** What a row is, e.g. "学员" or "参赛记录". */
  noun: string;
  /** How rows find their records, after the template link. */
  matchNote?: string;
  /** The upload limit shown beside the file input. */
  limitNote?: string;
};

type Outcome = { report: ImportReportDto | null; error: string | null };

const SHOWN = 500;

async function send(url: string, file: File): Promise<Outcome> {
  const form = new FormData();
  form.append("file", file);
  let res: Response;
  try {
    res = await fetch(url, { method: "POST", body: form, credentials: "same-origin", headers: { Accept: "application/json" } });
  } catch {
    return { report: null, error: "网络连接失败，请检查网络后重试。" };
  }
  let json: { error?: { message?: string }; report?: ImportReportDto } & Partial<ImportReportDto> = {};
  try {
    json = await res.json();
  } catch {
    return { report: null, error: `请求失败（${res.status}），请稍后再试。` };
  }
  if (res.ok) return { report: json as ImportReportDto, error: null };
  return { report: json.report ?? null, error: json.error?.message ?? `请求失败（${res.status}），请稍后再试。` };
}

export function ImportPanel({ importUrl, templateHref, noun, matchNote = "会员按身份证号匹配，不会新建会员", limitNote = "不超过 10 MB" }: Props) {
  const router = useRouter();
  const inputId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<"dry" | "real" | null>(null);
  const [result, setResult] = useState<Outcome & { dryRun: boolean }>({ report: null, error: null, dryRun: true });
  const [confirming, setConfirming] = useState(false);

  async function run(dryRun: boolean) {
    if (!file) return;
    setBusy(dryRun ? "dry" : "real");
    const r = await send(dryRun ? `${importUrl}?dryRun=1` : importUrl, file);
    setBusy(null);
    setConfirming(false);
    setResult({ ...r, dryRun });
    if (!dryRun && r.report?.ok) {
      setFile(null);
      if (fileRef.current) fileRef.current.value = "";
      router.refresh();
    }
  }

  const { report, error, dryRun } = result;
  const readyToImport = !!file && dryRun && report?.ok === true && report.summary.rows > 0;

  return (
    <div className="space-y-4">
      <ol className="list-decimal space-y-1 pl-5 text-sm text-gray-700">
        <li>
          下载
          <a href={templateHref} className="mx-1 font-medium text-sky-800 hover:text-brand hover:underline" download>
            导入模板
          </a>
          ，按“填写说明”工作表填写（{matchNote}）。
        </li>
        <li>选择文件后先“试导入”：不写入任何数据，列出每一处错误。</li>
        <li>没有错误后再“正式导入”：全部写入，或有任何错误时一条也不写入。</li>
      </ol>
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0">
          <label htmlFor={inputId} className="field-label">
            导入文件（.xlsx，{limitNote}）
          </label>
          <input
            ref={fileRef}
            id={inputId}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setResult({ report: null, error: null, dryRun: true });
            }}
            className="block max-w-full text-sm file:mr-3 file:rounded-md file:border file:border-gray-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:text-gray-800 hover:file:bg-gray-50"
          />
        </div>
        <Button onClick={() => run(true)} disabled={!file || busy !== null} aria-busy={busy === "dry" || undefined}>
          {busy === "dry" ? "正在检查…" : "试导入（不写入）"}
        </Button>
        <Button variant="primary" onClick={() => setConfirming(true)} disabled={!readyToImport || busy !== null}>
          正式导入
        </Button>
      </div>

      <div aria-live="polite">
        {error && !report && (
          <Alert tone="error" title="无法导入">
            {error}
          </Alert>
        )}
        {report && (
          <Alert
            tone={report.ok ? "success" : "error"}
            title={
              report.ok
                ? report.dryRun
                  ? `试导入通过：${formatNumber(report.summary.rows)} 行均可导入`
                  : `导入完成：已写入 ${formatNumber(report.summary.written)} 条${noun}`
                : `${report.dryRun ? "试导入" : "导入"}发现 ${formatNumber(report.summary.issues)} 处错误（${formatNumber(report.summary.invalid)} 行），未写入任何数据`
            }
          >
            共 {formatNumber(report.summary.rows)} 行数据，可导入 {formatNumber(report.summary.valid)} 行，有错误 {formatNumber(report.summary.invalid)} 行。
            {report.ok && report.dryRun ? "确认无误后请点击“正式导入”。" : null}
            {!report.ok ? "请修改文件后重新试导入。" : null}
          </Alert>
        )}
      </div>

      {report && report.issues.length > 0 && (
        <div className="overflow-x-auto rounded-md border border-line">
          <table className="w-full min-w-[480px] border-collapse text-left text-sm">
            <caption className="sr-only">导入错误明细</caption>
            <thead>
              <tr className="border-b border-line bg-gray-50 text-gray-600">
                <th scope="col" className="px-3 py-2 font-medium whitespace-nowrap">
                  行号
                </th>
                <th scope="col" className="px-3 py-2 font-medium whitespace-nowrap">
                  列名
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  原因
                </th>
              </tr>
            </thead>
            <tbody>
              {report.issues.slice(0, SHOWN).map((i, n) => (
                <tr key={n} className="border-b border-line last:border-b-0">
                  <td className="px-3 py-2 tabular-nums">第 {i.row} 行</td>
                  <td className="px-3 py-2 whitespace-nowrap">{i.column}</td>
                  <td className="px-3 py-2 text-red-800">{i.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.summary.issues > SHOWN && <p className="border-t border-line px-3 py-2 text-sm text-muted">仅显示前 {SHOWN} 处错误，请修改后重新试导入。</p>}
        </div>
      )}

      <ConfirmDialog
        open={confirming}
        title={`确认导入${noun}`}
        confirmLabel="确认导入"
        busy={busy === "real"}
        onCancel={() => setConfirming(false)}
        onConfirm={() => run(false)}
      >
        <p>
          将导入 {formatNumber(report?.summary.rows ?? 0)} 条{noun}（文件：{file?.name}）。导入在一个事务中完成，如有任何错误，将一条也不写入。
        </p>
      </ConfirmDialog>
    </div>
  );
}
