// The browser's one way to write: JSON requests to /api/v1, with the API's error
// shape `{ error: { code, message, fields? } }` turned into a value, never thrown.
export type ApiError = { code: string; message: string; fields?: Record<string, string> };
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

const NETWORK_ERROR: ApiError = { code: "NETWORK", message: "网络连接失败，请检查网络后重试。" };

export async function apiRequest<T>(url: string, init: { method?: string; body?: unknown; signal?: AbortSignal; headers?: Record<string, string> } = {}): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: init.method ?? "GET",
      headers: { ...(init.body !== undefined ? { "Content-Type": "application/json" } : {}), Accept: "application/json", ...init.headers },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
      credentials: "same-origin",
      cache: "no-store",
      signal: init.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === "AbortError") throw e;
    return { ok: false, error: NETWORK_ERROR };
  }
  let json: unknown = null;
  try {
    json = await res.json();
  } catch {
    // fall through: a non-JSON body
  }
  if (res.ok) return { ok: true, data: json as T };
  const err = (json as { error?: ApiError } | null)?.error;
  if (res.status === 401) {
    return { ok: false, error: { code: "UNAUTHENTICATED", message: err?.message ?? "登录已超时，请重新登录。" } };
  }
  if (err && typeof err.message === "string") return { ok: false, error: err };
  return { ok: false, error: { code: "INTERNAL", message: `请求失败（${res.status}），请稍后再试。` } };
}
