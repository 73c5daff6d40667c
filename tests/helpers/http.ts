// A tiny HTTP client for the integration tests: real requests against the
// production build started by scripts/test.ts, with a cookie jar per user.
export const BASE_URL = process.env.APP_URL ?? "http://localhost:3100";
export const DEMO_PASSWORD = "Demo@2026";

export class Client {
  private cookies = new Map<string, string>();

  constructor(
    readonly name = "anonymous",
    readonly baseUrl = BASE_URL,
  ) {}

  private cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private store(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      const k = pair.slice(0, i);
      const v = pair.slice(i + 1);
      if (v === "" || /max-age=0/i.test(c) || /expires=Thu, 01 Jan 1970/i.test(c)) this.cookies.delete(k);
      else this.cookies.set(k, v);
    }
  }

  async request(method: string, path: string, opts: { json?: unknown; headers?: Record<string, string>; body?: string } = {}) {
    const headers: Record<string, string> = { cookie: this.cookieHeader(), ...opts.headers };
    let body = opts.body;
    if (opts.json !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(opts.json);
    }
    const res = await fetch(this.baseUrl + path, { method, headers, body, redirect: "manual" });
    this.store(res);
    const text = await res.text();
    let data: unknown = text;
    try {
      data = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON */
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return { status: res.status, data: data as any, headers: res.headers };
  }

  /** The raw Response, for multipart uploads and binary downloads (cookies still kept). */
  async fetchRaw(method: string, path: string, init: { body?: BodyInit; headers?: Record<string, string> } = {}) {
    const res = await fetch(this.baseUrl + path, { method, headers: { cookie: this.cookieHeader(), ...init.headers }, body: init.body, redirect: "manual" });
    this.store(res);
    return res;
  }

  get = (path: string, headers?: Record<string, string>) => this.request("GET", path, { headers });
  post = (path: string, json?: unknown, headers?: Record<string, string>) => this.request("POST", path, { json, headers });
  patch = (path: string, json?: unknown, headers?: Record<string, string>) => this.request("PATCH", path, { json, headers });

  /** Signs in through next-auth's standard credentials callback, as a script would. */
  async login(username: string, password = DEMO_PASSWORD, headers: Record<string, string> = {}, fields: Record<string, string> = {}) {
    const csrf = await this.get("/api/auth/csrf");
    const form = new URLSearchParams({ csrfToken: csrf.data.csrfToken, username, password, ...fields, json: "true" });
    const res = await this.request("POST", "/api/auth/callback/credentials", {
      body: form.toString(),
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    });
    // next-auth names a refusal in the `error` of the URL it answers (e.g. TwoFactorRequired).
    const url = typeof res.data?.url === "string" ? res.data.url : (res.headers.get("location") ?? "");
    const error = url ? new URL(url, this.baseUrl).searchParams.get("error") : null;
    return { ok: this.cookies.has("next-auth.session-token"), status: res.status, error };
  }

  /** A second client holding the same cookies (e.g. to replay a session later, or against another app process). */
  fork(baseUrl = this.baseUrl): Client {
    const c = new Client(this.name, baseUrl);
    c.cookies = new Map(this.cookies);
    return c;
  }

  hasSession() {
    return this.cookies.has("next-auth.session-token");
  }

  async logout() {
    const csrf = await this.get("/api/auth/csrf");
    await this.request("POST", "/api/auth/signout", {
      body: new URLSearchParams({ csrfToken: csrf.data.csrfToken, json: "true" }).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
  }
}

export async function as(username: string) {
  const c = new Client(username);
  const r = await c.login(username);
  if (!r.ok) throw new Error(`login failed for ${username}`);
  return c;
}

/**
 * An administrator's "refresh now" (POST /api/v1/dashboard/refresh). While the
 * periodic refresher holds the rollup's lock it answers 409 数据看板正在由其他进程刷新:
 * wait and ask again, as a person would, then give the last answer.
 */
export async function rebuildRollup(admin: Client) {
  let r = await admin.post("/api/v1/dashboard/refresh");
  for (let i = 0; r.status === 409 && i < 30; i++) {
    await new Promise((done) => setTimeout(done, 2000));
    r = await admin.post("/api/v1/dashboard/refresh");
  }
  return r;
}
