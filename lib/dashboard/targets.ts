// Annual targets per organisation and indicator. Administrators set them for
// their own organisation and below, and split a target across the direct
// children of its organisation; leaders and staff read them.
//
// Split rule (documented in the README): for counts and amounts the parts
// must add up exactly to the target, or to the target less an explicit
// `remainder` that the parent keeps at its own level (本级/直属单位). Rates are
// not additive: each part is that child's own target rate, with no sum rule.
// A split replaces the previous split of the same target. The parent's value
// cannot later be lowered below the sum of its parts.
//
// A target counts either the organisation's whole subtree (全辖, the default)
// or only its own records (本级, e.g. a county's own quarterly contests): the
// dashboard holds it against the matching figure. Only a 全辖 target splits
// across the children (their parts are 全辖 too); a 本级 target has no parts.
import "server-only";
import { db, Prisma } from "../db/client";
import { mapDbError } from "../db/errors";
import type { Actor } from "../auth/actor";
import { assertStaffLike } from "../auth/actor";
import { audit } from "../audit/log";
import { forbidden, invalid, notFound } from "../errors";
import { todayCST } from "../dates";
import { findOrgInScope, isOrgVisible, subtreeWhere } from "../orgs/queries";
import { indicatorByKey } from "./indicators";
import type { TargetScope } from "./target-scope";
import type { TargetDto, TargetListQuery, TargetSplitInput, TargetUpdateInput, TargetUpsertInput } from "./schema";

function assertAdmin(actor: Actor) {
  if (actor.role !== "ADMIN") throw forbidden(actor.role === "LEADER" ? "领导账号为只读，不能修改数据" : "只有管理员可以设置目标");
}

const TARGET_SELECT = {
  id: true,
  orgId: true,
  year: true,
  indicator: true,
  value: true,
  scope: true,
  parentId: true,
  updatedAt: true,
  org: { select: { name: true, ancestorIds: true } },
  children: { select: { value: true } },
} satisfies Prisma.TargetSelect;
type TargetRow = Prisma.TargetGetPayload<{ select: typeof TARGET_SELECT }>;

function toDto(t: TargetRow): TargetDto {
  const ind = indicatorByKey(t.indicator);
  const splitTotal = t.children.length ? t.children.reduce((s, c) => s.add(c.value), new Prisma.Decimal(0)) : null;
  return {
    id: t.id,
    orgId: t.orgId,
    orgName: t.org.name,
    year: t.year,
    indicator: t.indicator,
    indicatorName: ind?.name ?? t.indicator,
    unit: ind?.unit ?? "",
    value: t.value.toFixed(2),
    scope: t.scope,
    parentId: t.parentId,
    splitTotal: splitTotal ? splitTotal.toFixed(2) : null,
    splitCount: t.children.length,
    updatedAt: t.updatedAt.toISOString(),
  };
}

/** Targets of one organisation (default: home) and its direct children, for a year (default: this year). */
export async function listTargets(actor: Actor, q: TargetListQuery) {
  assertStaffLike(actor);
  const org = await findOrgInScope(actor, q.orgId ?? actor.orgId);
  const year = q.year ?? Number(todayCST().slice(0, 4));
  const rows = await db.target.findMany({
    where: { year, OR: [{ orgId: org.id }, { org: { parentId: org.id } }], AND: [{ org: subtreeWhere(actor.orgId) }] },
    select: TARGET_SELECT,
    orderBy: [{ indicator: "asc" }, { orgId: "asc" }],
  });
  const data = rows.map(toDto);
  return { data, total: data.length, page: 1, pageSize: data.length };
}

async function findTargetInScope(actor: Actor, id: string): Promise<TargetRow> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound("目标");
  const row = await db.target.findUnique({ where: { id }, select: TARGET_SELECT });
  if (!row || !isOrgVisible(actor, row.org.ancestorIds)) throw notFound("目标");
  return row;
}

export async function getTarget(actor: Actor, id: string): Promise<TargetDto> {
  assertStaffLike(actor);
  return toDto(await findTargetInScope(actor, id));
}

/** Creates or replaces the target of (organisation, year, indicator). */
export async function upsertTarget(actor: Actor, input: TargetUpsertInput): Promise<TargetDto> {
  assertAdmin(actor);
  const org = await findOrgInScope(actor, input.orgId);
  const value = new Prisma.Decimal(input.value);
  checkRate(input.indicator, value, "value");
  try {
    const id = await db.$transaction(async (tx) => {
      const existing = await tx.target.findUnique({
        where: { orgId_year_indicator: { orgId: org.id, year: input.year, indicator: input.indicator } },
        select: { id: true, parentId: true, children: { select: { value: true } } },
      });
      if (existing) checkNotBelowParts(input.indicator, value, existing.children.map((c) => c.value));
      if (input.scope) checkScope(input.scope, existing ?? { parentId: null, children: [] });
      const row = existing
        ? await tx.target.update({ where: { id: existing.id }, data: { value, scope: input.scope }, select: { id: true } })
        : await tx.target.create({ data: { orgId: org.id, year: input.year, indicator: input.indicator, value, scope: input.scope, createdById: actor.userId }, select: { id: true } });
      const fields = input.scope ? ["value", "scope"] : ["value"];
      await audit(actor, { action: existing ? "target.update" : "target.create", entityType: "target", entityId: row.id, orgId: org.id, details: { fields, indicator: input.indicator, year: input.year } }, tx);
      return row.id;
    });
    return getTarget(actor, id);
  } catch (e) {
    mapDbError(e);
  }
}

export async function updateTarget(actor: Actor, id: string, input: TargetUpdateInput): Promise<TargetDto> {
  assertAdmin(actor);
  const t = await findTargetInScope(actor, id);
  const value = new Prisma.Decimal(input.value);
  checkRate(t.indicator, value, "value");
  checkNotBelowParts(t.indicator, value, t.children.map((c) => c.value));
  if (input.scope) checkScope(input.scope, t);
  if (t.parentId) {
    // A part of a split: the parts must still add up.
    const parent = await db.target.findUniqueOrThrow({ where: { id: t.parentId }, select: { value: true, children: { select: { id: true, value: true } } } });
    const ind = indicatorByKey(t.indicator);
    if (ind && ind.kind !== "rate") {
      const sum = parent.children.reduce((s, c) => s.add(c.id === id ? value : c.value), new Prisma.Decimal(0));
      if (sum.gt(parent.value)) throw invalid(`分解合计 ${sum.toFixed(2)} 超过上级目标 ${parent.value.toFixed(2)}`, { value: "分解合计不能超过上级目标" });
    }
  }
  await db.$transaction(async (tx) => {
    await tx.target.update({ where: { id }, data: { value, scope: input.scope } });
    await audit(actor, { action: "target.update", entityType: "target", entityId: id, orgId: t.orgId, details: { fields: input.scope ? ["value", "scope"] : ["value"] } }, tx);
  });
  return getTarget(actor, id);
}

export async function deleteTarget(actor: Actor, id: string): Promise<void> {
  assertAdmin(actor);
  const t = await findTargetInScope(actor, id);
  await db.$transaction(async (tx) => {
    // Its split goes with it; a part removed from a split leaves the rest.
    await tx.target.deleteMany({ where: { parentId: id } });
    await tx.target.delete({ where: { id } });
    await audit(actor, { action: "target.delete", entityType: "target", entityId: id, orgId: t.orgId, details: { indicator: t.indicator, year: t.year } }, tx);
  });
}

/** Splits a target across direct children of its organisation, replacing an earlier split. */
export async function splitTarget(actor: Actor, id: string, input: TargetSplitInput): Promise<{ target: TargetDto; parts: TargetDto[] }> {
  assertAdmin(actor);
  const t = await findTargetInScope(actor, id);
  if (t.scope === "OWN") throw invalid("本级目标只统计本组织自身的记录，不能分解到下级；如需分解，请先将目标口径改为全辖", { parts: "本级目标不能分解" });
  const ind = indicatorByKey(t.indicator);
  const seen = new Set<number>();
  for (const [i, p] of input.parts.entries()) {
    if (seen.has(p.orgId)) throw invalid("同一下级组织只能出现一次", { [`parts.${i}.orgId`]: "重复的下级组织" });
    seen.add(p.orgId);
  }
  const children = await db.organisation.findMany({ where: { id: { in: [...seen] } }, select: { id: true, parentId: true, ancestorIds: true } });
  const byId = new Map(children.map((c) => [c.id, c]));
  input.parts.forEach((p, i) => {
    const c = byId.get(p.orgId);
    if (!c || !isOrgVisible(actor, c.ancestorIds)) throw notFound("组织");
    if (c.parentId !== t.orgId) throw invalid("只能分解到本组织的直属下级", { [`parts.${i}.orgId`]: "不是直属下级组织" });
    checkRate(t.indicator, new Prisma.Decimal(p.value), `parts.${i}.value`);
  });
  if (ind && ind.kind !== "rate") {
    const sum = input.parts.reduce((s, p) => s.add(p.value), new Prisma.Decimal(0));
    const remainder = new Prisma.Decimal(input.remainder ?? "0");
    if (!sum.add(remainder).eq(t.value)) {
      const msg = input.remainder
        ? `分解合计 ${sum.toFixed(2)} 加本级保留 ${remainder.toFixed(2)} 应等于目标 ${t.value.toFixed(2)}`
        : `分解合计 ${sum.toFixed(2)} 应等于目标 ${t.value.toFixed(2)}（如需本级保留一部分，请填写“本级保留”）`;
      throw invalid(msg, { parts: msg });
    }
  } else if (input.remainder) {
    throw invalid("比率指标按下级逐个设定，没有本级保留", { remainder: "比率指标不能填写本级保留" });
  }
  try {
    await db.$transaction(async (tx) => {
      await tx.target.deleteMany({ where: { parentId: id } });
      for (const p of input.parts) {
        // A child may already have its own target for the indicator: it becomes the part.
        await tx.target.upsert({
          where: { orgId_year_indicator: { orgId: p.orgId, year: t.year, indicator: t.indicator } },
          create: { orgId: p.orgId, year: t.year, indicator: t.indicator, value: new Prisma.Decimal(p.value), parentId: id, createdById: actor.userId },
          update: { value: new Prisma.Decimal(p.value), parentId: id, scope: "SUBTREE" },
        });
      }
      await audit(actor, { action: "target.split", entityType: "target", entityId: id, orgId: t.orgId, details: { parts: input.parts.length, remainder: input.remainder !== undefined } }, tx);
    });
  } catch (e) {
    mapDbError(e);
  }
  const target = await getTarget(actor, id);
  const parts = await db.target.findMany({ where: { parentId: id }, select: TARGET_SELECT, orderBy: { orgId: "asc" } });
  return { target, parts: parts.map(toDto) };
}

/** A 本级 target has no parts and is no part: splits add up 全辖 figures. */
function checkScope(scope: TargetScope, t: { parentId: string | null; children: unknown[] }) {
  if (scope !== "OWN") return;
  if (t.children.length) throw invalid("该目标已分解到下级，不能改为本级口径；请先删除分解", { scope: "已分解的目标不能改为本级" });
  if (t.parentId) throw invalid("该目标是上级目标的分解部分，只能按全辖口径统计", { scope: "分解部分不能改为本级" });
}

function checkRate(indicator: string, value: Prisma.Decimal, field: string) {
  if (indicatorByKey(indicator)?.kind === "rate" && value.gt(100)) throw invalid("比率目标不能超过100%", { [field]: "比率目标不能超过100%" });
}

function checkNotBelowParts(indicator: string, value: Prisma.Decimal, parts: Prisma.Decimal[]) {
  if (!parts.length || indicatorByKey(indicator)?.kind === "rate") return;
  const sum = parts.reduce((s, v) => s.add(v), new Prisma.Decimal(0));
  if (value.lt(sum)) throw invalid(`目标不能低于已分解到下级的合计 ${sum.toFixed(2)}，请先调整分解`, { value: "低于已分解合计" });
}
