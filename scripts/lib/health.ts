/** Waits until an app server answers GET /api/health with 200; throws `message` after `timeoutMs`. */
export async function waitForHealth(baseUrl: string, timeoutMs: number, message: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(message);
}
