// The one wrapper every JSON route handler goes through: same-origin check for
// state changes, the caller's actor, strict zod parsing, and one error shape
// `{ error: { code, message, fields? } }` with a Chinese message. Authorization
// itself is in the lib/ functions the handlers call; here only the coarse
// gate that lets a forbidden write fail before its body is read.
import "server-only";
import { AppError, forbidden } from "../errors";
import { fieldErrors, type z } from "../validation/zod";
import type { Actor, Role } from "../auth/actor";
import { requireApiActor } from "../auth/session";
import { assertDeclaredSize, readLimited } from "./body";
import { assertPathInScope } from "./write-scope";

import { knownDbError } from "../db/errors";
import { json } from "./json";

type Params = Record<string, string>;
type Ctx = { params: Promise<Params> };

export function errorResponse(e: AppError) {
  return json(
    { error: { code: e.code, message: e.message, ...(e.fields ? { fields: e.fields } : {}) } },
    { status: e.status },
  );
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Refuses state-changing requests that a browser sent from another origin. */
export function assertSameOrigin(req: Request) {
  if (SAFE_METHODS.has(req.method)) return;
  const site = req.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") throw new AppError("FORBIDDEN", "拒绝跨站请求");
  const origin = req.headers.get("origin");
  if (!origin) return; // not a browser form/fetch: still needs a valid session cookie
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError("FORBIDDEN", "拒绝跨站请求");
  }
  if (originHost !== host) throw new AppError("FORBIDDEN", "拒绝跨站请求");
}

export function handle<T>(fn: (req: Request, params: Params) => Promise<T>) {
  return async (req: Request, ctx: Ctx) => {
    try {
      assertSameOrigin(req);
      const out = await fn(req, ctx?.params ? await ctx.params : {});
      return out instanceof Response ? out : json(out);
    } catch (e) {
      if (e instanceof AppError) return errorResponse(e);
      // A write into a locked reporting period is refused by the database
      // itself (lib/reports), whichever code path tried it: always a 409; a
      // statement past the time limit is a 503.
      const known = knownDbError(e);
      if (known) return errorResponse(known);
      // Unexpected: log the shape of the failure, never request data.
      console.error(`[api] ${req.method} ${new URL(req.url).pathname}:`, e instanceof Error ? e.stack : e);
      return errorResponse(new AppError("INTERNAL", "服务器内部错误，请稍后再试"));
    }
  };
}

type AuthedOpts = {
  /** The two-factor enrolment routes: reachable before an administrator has enrolled under REQUIRE_2FA=1. */
  enrolling?: boolean;
  /** Roles that may send this route a state-changing request (default: those that may write, ADMIN and STAFF). */
  writers?: readonly Role[];
};
const WRITERS: readonly Role[] = ["ADMIN", "STAFF"];
/** A member's own requests (/api/v1/me/…). */
export const MEMBER_ONLY: readonly Role[] = ["MEMBER"];
/** 产改 progress reports: union staff and the partner units themselves. */
export const REPORTERS: readonly Role[] = ["ADMIN", "STAFF", "PARTNER"];
/** Revealing an ID number: staff, and members their own; lib/members decides (a leader's is a 403 there, after scope). */
export const REVEALERS: readonly Role[] = ["ADMIN", "STAFF", "LEADER", "MEMBER"];
/** Staff, or a member for their own record (会籍接转 started and cancelled from /me); lib decides which record. */
export const STAFF_OR_MEMBER: readonly Role[] = ["ADMIN", "STAFF", "MEMBER"];
/** The caller's own account settings (two-factor sign-in). */
export const STAFF_LIKE: readonly Role[] = ["ADMIN", "STAFF", "LEADER"];

/**
 * handle() for routes that need a signed-in caller. A state-changing request
 * is refused before its body is read: 403 for a role that may not send it,
 * then 404 for a record outside the caller's scope (lib/http/write-scope.ts).
 */
export function authed<T>(fn: (req: Request, actor: Actor, params: Params) => Promise<T>, opts: AuthedOpts = {}) {
  return handle(async (req, params) => {
    const actor = await requireApiActor(opts);
    if (!SAFE_METHODS.has(req.method)) {
      // The role first: 403 whatever the id, so a refused role learns nothing about records.
      if (!(opts.writers ?? WRITERS).includes(actor.role)) throw forbidden(actor.role === "LEADER" ? "领导账号为只读，不能修改数据" : undefined);
      await assertPathInScope(actor, new URL(req.url).pathname);
    }
    return fn(req, actor, params);
  });
}

export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input);
  if (!r.success) {
    const fields = fieldErrors(r.error);
    const first = Object.values(fields)[0];
    throw new AppError("VALIDATION", first ? `输入有误：${first}` : "输入有误", fields);
  }
  return r.data;
}

/** JSON bodies are forms, never files: 1 MB is far above any form and bounds what is parsed. */
export const JSON_BODY_LIMIT = 1024 * 1024;
const jsonTooLarge = () => new AppError("TOO_LARGE", `请求体超过 ${JSON_BODY_LIMIT / 1024 / 1024} MB`);

export async function parseBody<S extends z.ZodType>(req: Request, schema: S): Promise<z.output<S>> {
  if (!(req.headers.get("content-type") ?? "").includes("application/json")) {
    throw new AppError("VALIDATION", "请求体须为 JSON（Content-Type: application/json）");
  }
  assertDeclaredSize(req, JSON_BODY_LIMIT, jsonTooLarge);
  const raw = await readLimited(req.body, JSON_BODY_LIMIT, jsonTooLarge);
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(raw));
  } catch {
    throw new AppError("VALIDATION", "请求体不是有效的 JSON");
  }
  return parseWith(schema, body);
}

export function parseQuery<S extends z.ZodType>(req: Request, schema: S): z.output<S> {
  const params = new URL(req.url).searchParams;
  const obj: Record<string, string> = {};
  for (const [k, v] of params) {
    if (k in obj) throw new AppError("VALIDATION", `查询参数 ${k} 重复`, { [k]: "参数重复" });
    if (v !== "") obj[k] = v;
  }
  return parseWith(schema, obj);
}

export function intParam(value: string | undefined, what = "记录"): number {
  if (!value || !/^\d{1,9}$/.test(value)) throw new AppError("NOT_FOUND", `${what}不存在或您无权查看`);
  return Number(value);
}
