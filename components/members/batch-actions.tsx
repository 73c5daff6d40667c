"use client";
// The member list's batch actions on the ticked rows: export them, or enrol
// them all in one training (picked by title within the caller's scope).
import { useState } from "react";
import Link from "next/link";
import type { TrainingDto } from "@/lib/trainings/schema";
import { apiRequest } from "../api";
import { Alert } from "../ui/alert";
import { Button, buttonClass } from "../ui/button";
import { Modal } from "../ui/modal";
import { Field } from "../ui/field";
import { EntityPicker, type Picked, type SearchFn } from "../programmes/entity-picker";
import { useSelection } from "../list/selection";
import { SELECTION_ROOT } from "../list/types";

const trainingSearch: SearchFn = async (q, signal) => {
  const sp = new URLSearchParams({ pageSize: "15" });
  if (q) sp.set("q", q);
  const r = await apiRequest<{ data: TrainingDto[] }>(`/api/v1/trainings?${sp}`, { signal });
  if (!r.ok) return { items: [], error: r.error.message };
  return { items: r.data.data.map((t) => ({ id: t.id, name: t.title, hint: `${t.orgName} · ${t.startsOn}` })), error: null };
};

export function MemberBatchActions({ canEnrol }: { canEnrol: boolean }) {
  const ids = useSelection(SELECTION_ROOT);
  const [open, setOpen] = useState(false);
  const none = ids.length === 0;
  return (
    <>
      <span className="text-sm text-muted" aria-live="polite">
        {none ? "勾选会员后可批量操作" : `已选 ${ids.length} 人`}
      </span>
      <a
        href={none ? undefined : `/api/v1/members/export?ids=${ids.join(",")}`}
        aria-disabled={none}
        className={buttonClass("secondary", "sm", none ? "pointer-events-none opacity-60" : undefined)}
        download
      >
        导出所选
      </a>
      {canEnrol && (
        <Button size="sm" disabled={none} onClick={() => setOpen(true)}>
          登记参加培训
        </Button>
      )}
      <Modal open={open} title={`将所选 ${ids.length} 名会员登记为培训学员`} onClose={() => setOpen(false)} wide>
        {open && <EnrolDialog memberIds={ids} onClose={() => setOpen(false)} />}
      </Modal>
    </>
  );
}

function EnrolDialog({ memberIds, onClose }: { memberIds: string[]; onClose: () => void }) {
  const [training, setTraining] = useState<Picked | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ enrolled: number; alreadyEnrolled: number } | null>(null);

  async function enrol() {
    if (!training) return setError("请选择培训");
    setBusy(true);
    setError(null);
    const r = await apiRequest<{ enrolled: number; alreadyEnrolled: number }>(`/api/v1/trainings/${training.id}/enrolments/batch`, { method: "POST", body: { memberIds } });
    setBusy(false);
    if (r.ok) setDone(r.data);
    else setError(r.error.message);
  }

  if (done && training)
    return (
      <div className="space-y-4">
        <Alert tone="success">
          保存成功：已登记 {done.enrolled} 人{done.alreadyEnrolled ? `，${done.alreadyEnrolled} 人已在名单中` : ""}。
        </Alert>
        <div className="flex justify-end gap-2">
          <Button onClick={onClose}>关闭</Button>
          <Link href={`/trainings/${training.id}`} className={buttonClass("primary")}>
            查看学员名单
          </Link>
        </div>
      </div>
    );
  return (
    <div className="space-y-4">
      <Field id="batch-training" label="培训" required hint="按培训名称搜索本单位及下级举办的培训；学员按全勤、已报名登记，之后可在名单中修改">
        <EntityPicker id="batch-training" value={training} onChange={(v) => setTraining(v)} search={trainingSearch} placeholder="输入培训名称" listLabel="培训" emptyText="没有找到培训" />
      </Field>
      {error && <Alert tone="error">{error}</Alert>}
      <div className="flex justify-end gap-2">
        <Button onClick={onClose} disabled={busy}>
          取消
        </Button>
        <Button variant="primary" onClick={enrol} disabled={busy || !training}>
          {busy ? "正在登记…" : "登记"}
        </Button>
      </div>
    </div>
  );
}
