import "server-only";
import { db, Prisma, type Tx } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCanWrite } from "../auth/actor";
import { audit } from "../audit/log";
import { conflict, forbidden, invalid } from "../errors";
import { fromDateOnly, toDateOnly, todayCST } from "../dates";
import { findOrgInScope } from "../orgs/queries";
import { enterpriseScopeWhere } from "../enterprises/queries";
import { checkTransition, type TransitionPatch } from "./contract-workflow";
import { CONTRACT_KIND_LABELS, isSingleEnterpriseKind, type ContractKind } from "./labels";
import { eligibleWhere, findContractInScope, getContract, partyProblem } from "./queries";
import type { ContractCreateInput, ContractExpireInput, ContractTransitionInput, ContractUpdateInput } from "./schema";

const STALE = "合同已被他人修改或办理，请刷新页面后重试";

async function requireParty(actor: Actor, orgId: number, kind: ContractKind) {
  const party = await findOrgInScope(actor, orgId).catch(() => {
    throw forbidden("只能选择本单位及下级的工会作为合同的工会方");
  });
  const problem = partyProblem(kind, party);
  if (problem) throw invalid(problem, { orgId: problem });
  return party;
}

type CoverageItem = { enterpriseId: string; workerCount: number };

/** Every covered enterprise must be one the actor can see and the party may cover. */
async function assertCoverage(actor: Actor, kind: ContractKind, party: Awaited<ReturnType<typeof requireParty>>, items: CoverageItem[]) {
  if (isSingleEnterpriseKind(kind) && items.length !== 1) {
    throw invalid(`${CONTRACT_KIND_LABELS[kind]}只覆盖工会所在的一家企业`, { coverage: "只能选择工会所在的一家企业" });
  }
  const ids = items.map((i) => i.enterpriseId);
  const ok = await db.enterprise.count({ where: { AND: [{ id: { in: ids } }, enterpriseScopeWhere(actor), eligibleWhere(kind, party)] } });
  if (ok === ids.length) return;
  const message = isSingleEnterpriseKind(kind)
    ? "所选企业不是该工会所在的企业；请先在企业名录中登记该工会对应的企业"
    : `所选企业中有 ${ids.length - ok} 家不在该工会方的范围内或尚未建会`;
  throw invalid(message, { coverage: message });
}

function assertNotFuture(date: string, field: string, label: string) {
  if (date > todayCST()) throw invalid(`${label}不能晚于今天`, { [field]: `${label}不能晚于今天` });
}

export async function createContract(actor: Actor, input: ContractCreateInput) {
  assertCanWrite(actor);
  const party = await requireParty(actor, input.orgId, input.kind);
  await assertCoverage(actor, input.kind, party, input.coverage);
  assertNotFuture(input.offeredOn, "offeredOn", "要约日期");
  const id = await db.$transaction(async (tx) => {
    const c = await tx.contract.create({
      data: {
        orgId: party.id,
        kind: input.kind,
        title: input.title,
        employerParty: input.employerParty,
        status: "OFFERED",
        offeredOn: fromDateOnly(input.offeredOn),
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await tx.contractCoverage.createMany({ data: input.coverage.map((i) => ({ contractId: c.id, ...i })) });
    await recordStep(tx, actor, { contractId: c.id, orgId: party.id, from: null, to: "OFFERED", on: input.offeredOn, note: null });
    return c.id;
  });
  return getContract(actor, id);
}

/** The terms, parties and coverage can change only while still being negotiated. */
export async function updateContract(actor: Actor, id: string, input: ContractUpdateInput) {
  assertCanWrite(actor);
  const current = await findContractInScope(actor, id);
  if (current.status !== "OFFERED" && current.status !== "NEGOTIATING") {
    throw conflict("合同已提交职代会审议，不能再修改；如需变更请重新协商或续订");
  }
  if (input.version !== current.version) throw conflict(STALE);
  if (input.offeredOn !== undefined && input.offeredOn !== toDateOnly(current.offeredOn)) {
    if (current.status !== "OFFERED") throw invalid("已开始协商的合同不能修改要约日期", { offeredOn: "已开始协商，不能修改要约日期" });
    assertNotFuture(input.offeredOn, "offeredOn", "要约日期");
  }
  const kind = input.kind ?? current.kind;
  const orgId = input.orgId ?? current.orgId;
  const partiesChanged = kind !== current.kind || orgId !== current.orgId;
  const party = input.orgId !== undefined || input.kind !== undefined || input.coverage ? await requireParty(actor, orgId, kind) : null;
  if (party && (input.coverage || partiesChanged)) {
    const items = input.coverage ?? (await db.contractCoverage.findMany({ where: { contractId: id }, select: { enterpriseId: true, workerCount: true } }));
    await assertCoverage(actor, kind, party, items);
  }
  await db.$transaction(async (tx) => {
    const { count } = await tx.contract.updateMany({
      where: { id, version: input.version, status: current.status },
      data: {
        ...(input.kind ? { kind: input.kind } : {}),
        ...(input.orgId ? { orgId: input.orgId } : {}),
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.employerParty !== undefined ? { employerParty: input.employerParty } : {}),
        ...(input.offeredOn !== undefined ? { offeredOn: fromDateOnly(input.offeredOn) } : {}),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw conflict(STALE);
    if (input.offeredOn !== undefined) {
      // Still at 要约: the offer's own step carries the corrected date.
      await tx.contractEvent.updateMany({ where: { contractId: id, fromStatus: null, toStatus: "OFFERED" }, data: { on: fromDateOnly(input.offeredOn) } });
    }
    if (input.coverage) {
      await tx.contractCoverage.deleteMany({ where: { contractId: id } });
      await tx.contractCoverage.createMany({ data: input.coverage.map((i) => ({ contractId: id, ...i })) });
    }
    await audit(
      actor,
      { action: "contract.update", entityType: "contract", entityId: id, orgId, details: { fields: Object.keys(input).filter((k) => k !== "version") } },
      tx,
    );
  });
  return getContract(actor, id);
}

/**
 * One lifecycle step (see contract-workflow.ts): the status change and its
 * dates, the event row and the audit entry commit together, and only if the
 * contract still has the version and status the caller saw. Renewing also
 * creates the follow-up contract at 要约 with the same parties and coverage.
 */
export async function transitionContract(actor: Actor, id: string, input: ContractTransitionInput) {
  assertCanWrite(actor);
  const current = await findContractInScope(actor, id);
  const last = await db.contractEvent.aggregate({ where: { contractId: id }, _max: { on: true } });
  const lastStepOn = [toDateOnly(last._max.on), toDateOnly(current.offeredOn)!].filter((d): d is string => !!d).sort().pop()!;
  const check = checkTransition({ status: current.status, effectiveTo: toDateOnly(current.effectiveTo), lastStepOn }, input, todayCST());
  if (!check.ok) throw check.reason === "STATE" ? conflict(check.message) : invalid(check.message, check.fields);
  if (input.version !== current.version) throw conflict(STALE);

  await db.$transaction(async (tx) => {
    const { count } = await tx.contract.updateMany({
      where: { id, version: input.version, status: current.status },
      data: { ...patchColumns(check.patch), version: { increment: 1 } },
    });
    if (count === 0) throw conflict(STALE);
    await recordStep(tx, actor, { contractId: id, orgId: current.orgId, from: current.status, to: input.to, on: input.on, note: check.eventNote });
    if (input.to === "RENEWED") {
      const renewal = await tx.contract.create({
        data: {
          orgId: current.orgId,
          kind: current.kind,
          title: input.title ?? `${current.title}（续订）`.slice(0, 200),
          employerParty: current.employerParty,
          status: "OFFERED",
          offeredOn: fromDateOnly(input.on),
          renewedFromId: id,
          createdById: actor.userId,
        },
        select: { id: true },
      });
      await tx.$executeRaw`
        INSERT INTO contract_coverage (contract_id, enterprise_id, worker_count)
        SELECT ${renewal.id}::uuid, enterprise_id, worker_count FROM contract_coverage WHERE contract_id = ${id}::uuid`;
      await recordStep(tx, actor, { contractId: renewal.id, orgId: current.orgId, from: null, to: "OFFERED", on: input.on, note: `续订《${current.title}》`.slice(0, 500), renewedFromId: id });
    }
  });
  return getContract(actor, id);
}

function patchColumns(p: TransitionPatch): Prisma.ContractUpdateManyMutationInput {
  const date = (v: string | null | undefined) => (v === undefined ? undefined : v === null ? null : fromDateOnly(v));
  return {
    status: p.status,
    congressOn: date(p.congressOn),
    votesFor: p.votesFor,
    votesAgainst: p.votesAgainst,
    votesAbstain: p.votesAbstain,
    signedOn: date(p.signedOn),
    submittedOn: date(p.submittedOn),
    effectiveFrom: date(p.effectiveFrom),
    effectiveTo: date(p.effectiveTo),
  };
}

type Step = { contractId: string; orgId: number; from: ContractTransitionInput["to"] | null; to: ContractTransitionInput["to"]; on: string; note: string | null; renewedFromId?: string };

async function recordStep(tx: Tx, actor: Actor, s: Step) {
  await tx.contractEvent.create({
    data: { contractId: s.contractId, fromStatus: s.from, toStatus: s.to, on: fromDateOnly(s.on), actorId: actor.userId, actorName: actor.displayName.slice(0, 50), note: s.note },
  });
  await audit(
    actor,
    {
      action: s.from === null ? "contract.create" : "contract.transition",
      entityType: "contract",
      entityId: s.contractId,
      orgId: s.orgId,
      details: { from: s.from, to: s.to, on: s.on, ...(s.renewedFromId ? { renewedFromId: s.renewedFromId } : {}) },
    },
    tx,
  );
}

/**
 * Marks every contract in the actor's scope (or the given subtree) that is
 * still "in force" but whose term ended before `on` as expired, in one
 * set-based statement: the status change, one event and one audit entry per
 * contract. Coverage never depended on this (it reads the dates); it tidies
 * the status for lists and exports.
 */
export async function expireContracts(actor: Actor, input: ContractExpireInput) {
  assertCanWrite(actor);
  const root = await findOrgInScope(actor, input.orgId ?? actor.orgId);
  const on = input.on ?? todayCST();
  assertNotFuture(on, "on", "办理日期");
  const onDate = fromDateOnly(on);
  // One statement, so atomic without an explicit transaction.
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH done AS (
      UPDATE contract c SET status = 'EXPIRED', version = c.version + 1, updated_at = now()
      FROM organisation o
      WHERE o.id = c.org_id AND o.ancestor_ids @> ARRAY[${root.id}::int] AND o.ancestor_ids @> ARRAY[${actor.orgId}::int]
        AND c.status = 'IN_FORCE' AND c.effective_to < ${onDate}::date
        AND NOT EXISTS (SELECT 1 FROM contract_event e WHERE e.contract_id = c.id AND e.on > ${onDate}::date)
      RETURNING c.id, c.org_id
    ), events AS (
      INSERT INTO contract_event (contract_id, from_status, to_status, "on", actor_id, actor_name, note)
      SELECT id, 'IN_FORCE', 'EXPIRED', ${onDate}::date, ${actor.userId}::uuid, ${actor.displayName.slice(0, 50)}, '期限届满，批量标记为已到期' FROM done
    )
    INSERT INTO audit_log (actor_id, actor_name, actor_role, actor_org_id, action, entity_type, entity_id, org_id, details, ip)
    SELECT ${actor.userId}::uuid, ${actor.username}, ${actor.role}::"Role", ${actor.orgId}::int, 'contract.transition', 'contract', id::text, org_id,
           jsonb_build_object('from', 'IN_FORCE', 'to', 'EXPIRED', 'on', ${on}::text, 'bulk', true), ${actor.ip ?? null}
    FROM done
    RETURNING entity_id AS id`;
  return { expired: rows.length, on };
}
