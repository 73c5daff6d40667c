"use client";
// Actions on one honour: edit, confirm a nomination as awarded, delete (both confirmed first).
import { ButtonLink } from "../ui/button";
import { ConfirmAction } from "../ui/confirm-action";
import { DeleteButton } from "../programmes/delete-button";

export function HonourActions({ id, label, nominated }: { id: string; label: string; nominated: boolean }) {
  return (
    <>
      {nominated && (
        <ConfirmAction label="确认授予" title="确认授予荣誉" variant="primary" request={() => ({ url: `/api/v1/honours/${id}/confirm`, body: {} })}>
          <p>将“{label}”的提名确认为已授予。此操作记入审计日志。</p>
        </ConfirmAction>
      )}
      <ButtonLink href={`/honours/${id}/edit`}>编辑</ButtonLink>
      <DeleteButton url={`/api/v1/honours/${id}`} title="删除荣誉记录" then="/honours">
        <p>确定删除“{label}”吗？删除后不再出现在荣誉名录和统计中。此操作记入审计日志。</p>
      </DeleteButton>
    </>
  );
}
