// /me — a member's own page (mobile first): membership card, the union's
// contact and the service points near them.
import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getMember } from "@/lib/members/queries";
import { getOrganisation } from "@/lib/orgs/queries";
import { listOwnServicePoints } from "@/lib/self-service/service-points";
import { SERVICE_POINT_KIND_LABELS } from "@/lib/self-service/labels";
import { Card, InfoCard, InfoList } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { MemberStatusBadge } from "@/components/members/member-badges";
import { formatDateLong, text } from "@/components/format";
import { listTransferRequests } from "@/lib/members/transfers";
import { TRANSFER_REQUEST_STATUS_LABELS } from "@/lib/members/transfer-schema";
import { TransferOut } from "@/components/members/transfer-out";
import { TransferRequestActions } from "@/components/members/transfer-request-actions";

export const metadata: Metadata = { title: "我的会籍" };

export default async function MePage() {
  const actor = await requireActor();
  const member = actor.memberId ? await getMember(actor, actor.memberId).catch(() => null) : null;
  const [union, points, transfers] = member
    ? await Promise.all([
        getOrganisation(actor, member.orgId).catch(() => null),
        listOwnServicePoints(actor),
        listTransferRequests(actor, { direction: "out", page: 1, pageSize: 5 }),
      ])
    : [null, [], null];
  const pendingTransfer = transfers?.data.some((t) => t.status === "PENDING") ?? false;

  return (
    <>
        <h1 className="mb-4 text-xl font-semibold text-gray-900">我的会籍</h1>
        {!member ? (
          <Alert tone="warning" title="未找到会籍信息">
            您的账号尚未关联会员档案，请联系所在工会。
          </Alert>
        ) : (
          <>
            <section aria-label="会员卡" className="overflow-hidden rounded-xl border border-red-900/20 bg-gradient-to-br from-brand to-brand-strong text-white shadow-md">
              <div className="flex items-start justify-between px-5 pt-5">
                <div>
                  <p className="text-sm text-red-100">工会会员服务卡</p>
                  <p className="mt-1 text-2xl font-semibold tracking-wider">{member.name}</p>
                </div>
                <MemberStatusBadge status={member.status} />
              </div>
              <p className="px-5 pt-3 text-[15px] text-red-50">{member.orgName}</p>
              <div className="mt-4 grid grid-cols-2 gap-3 bg-black/15 px-5 py-3 text-sm">
                <div>
                  <p className="text-red-100">会员服务卡号</p>
                  <p className="font-mono text-base tracking-wider">{member.cardNo ?? "未办卡"}</p>
                </div>
                <div>
                  <p className="text-red-100">入会日期</p>
                  <p className="text-base">{formatDateLong(member.joinedOn)}</p>
                </div>
              </div>
            </section>

            <InfoCard
              title="会员信息"
              className="mt-4"
              items={[
                { label: "姓名", value: member.name },
                { label: "所在工会", value: member.orgName },
                { label: "会员服务卡号", value: <span className="font-mono">{text(member.cardNo)}</span> },
                { label: "入会日期", value: formatDateLong(member.joinedOn) },
                { label: "状态", value: <MemberStatusBadge status={member.status} /> },
                { label: "身份证号", value: <span className="font-mono tracking-wide">{member.idMasked}</span> },
              ]}
            />

            <Card title="工会联系方式" className="mt-4">
              {union ? (
                <InfoList
                  items={[
                    { label: "联系人", value: text(union.contactName) },
                    {
                      label: "联系电话",
                      value: union.contactPhone ? (
                        <a href={`tel:${union.contactPhone}`} className="text-sky-800 underline">
                          {union.contactPhone}
                        </a>
                      ) : (
                        "—"
                      ),
                    },
                    { label: "地址", value: text(union.address), wide: true },
                  ]}
                />
              ) : (
                <p className="text-[15px] text-muted">暂无联系方式。</p>
              )}
            </Card>
            <Card title="附近的服务站点" className="mt-4">
              {points.length === 0 ? (
                <p className="text-[15px] text-muted">所在工会暂未登记服务站点。</p>
              ) : (
                <ul className="divide-y divide-line">
                  {points.map((p) => (
                    <li key={p.id} className="py-2.5">
                      <p className="text-[15px] font-medium text-gray-900">{p.name}</p>
                      <p className="text-sm text-muted">
                        {SERVICE_POINT_KIND_LABELS[p.kind]} · {p.address}
                        {p.openHours ? ` · ${p.openHours}` : ""}
                      </p>
                      {p.phone && (
                        <a href={`tel:${p.phone}`} className="text-sm text-sky-800 underline">
                          {p.phone}
                        </a>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </Card>
            <Card title="会籍接转" className="mt-4">
              {transfers && transfers.data.length > 0 ? (
                <ul className="divide-y divide-line">
                  {transfers.data.map((t) => (
                    <li key={t.id} className="flex items-center justify-between gap-3 py-2.5">
                      <div className="min-w-0">
                        <p className="truncate text-[15px] text-gray-900">转往 {t.toOrgName}</p>
                        <p className="text-sm text-muted">
                          {TRANSFER_REQUEST_STATUS_LABELS[t.status]} · {formatDateLong(t.requestedAt.slice(0, 10))}发起
                        </p>
                      </div>
                      <TransferRequestActions id={t.id} memberName={member.name} toOrgName={t.toOrgName} canAccept={false} canCancel={t.canCancel} />
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-[15px] text-muted">到外县（区）工作的，可申请把会籍转到新单位的工会，对方工会接收后生效。</p>
              )}
              {member.status === "ACTIVE" && !pendingTransfer && (
                <div className="mt-3">
                  <TransferOut memberId={member.id} memberName={member.name} orgId={member.orgId} orgName={member.orgName} label="申请转会" />
                </div>
              )}
            </Card>
            <p className="mt-4 text-xs leading-relaxed text-muted">信息有误可在“个人信息”中申请更正；补办会员卡，请联系所在工会。</p>
          </>
        )}
    </>
  );
}
