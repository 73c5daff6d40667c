"use client";
import { VISIT_CONCLUSION_LABELS, type VisitConclusion } from "@/lib/hardship/labels";
import { RevealDetails } from "./reveal-details";

type Revealed = { details: string | null; visits: { id: string; findings: string | null }[] };
type Visit = { id: string; visitedOn: string; conclusion: VisitConclusion };

/** The file's narrative and each visit's findings, on request (audited). */
export function HardshipReveal({ fileId, canReveal, visits }: { fileId: string; canReveal: boolean; visits: Visit[] }) {
  return (
    <RevealDetails<Revealed>
      url={`/api/v1/hardship-files/${fileId}/details`}
      label="查看困难情况说明与核实情况"
      canReveal={canReveal}
      render={(d) => (
        <div className="space-y-3 rounded-md border border-amber-200 bg-amber-50/50 p-4 text-[15px]">
          <div>
            <p className="text-sm font-medium text-gray-800">困难情况说明</p>
            <p className="mt-1 whitespace-pre-wrap text-gray-900">{d.details ?? "（未填写）"}</p>
          </div>
          {d.visits.length > 0 && (
            <div>
              <p className="text-sm font-medium text-gray-800">走访核实情况</p>
              <ul className="mt-1 space-y-1">
                {d.visits.map((v) => {
                  const meta = visits.find((x) => x.id === v.id);
                  return (
                    <li key={v.id} className="text-gray-900">
                      <span className="tabular-nums text-muted">{meta?.visitedOn}</span>
                      {meta && <span className="ml-2 text-muted">{VISIT_CONCLUSION_LABELS[meta.conclusion]}</span>}：{v.findings ?? "（未填写）"}
                    </li>
                  );
                })}
              </ul>
            </div>
          )}
        </div>
      )}
    />
  );
}
