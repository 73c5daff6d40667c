// The password rules, the client-address rule and the post-login redirect rule.
import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/auth/password-policy";
import { ActivateSchema } from "@/lib/self-service/schema";
import { clientAddressFrom, parseTrustedProxies } from "@/lib/security/client-address";
import { safeCallbackUrl, sameOriginPath } from "@/components/url";

describe("password policy", () => {
  it.each([
    ["Demo@2026", "密码至少10位"],
    ["abcdefghijk", "密码须同时包含字母和数字"],
    ["a1234567890", "连续"],
    ["abcdefg123", "连续"],
    ["qwertyuiop1", "连续"],
    ["1qaz2wsx3edc", "连续"],
    ["987654321z", "连续"],
    ["aaaaaaaaa1", "少数几个字符"],
    ["ab12ab12ab12", "重复"],
    ["woaini1314520", "常见"],
    ["Password2026!", "常见"],
    ["Admin@88889", "常见"],
    ["gonghui@2026", "常见"],
    ["x13912345678", "手机号"],
  ])("refuses %s", (pw, why) => {
    expect(passwordProblem(pw)).toContain(why);
  });

  it("refuses the account's own names, forwards or backwards", () => {
    expect(passwordProblem("zhang.wei#7Q", ["zhang.wei"])).toBe("密码不能包含用户名或手机号");
    expect(passwordProblem("Qx7!iew.gnahz", ["zhang.wei"])).toBe("密码不能包含用户名或手机号");
    // Too short to mean anything: not matched.
    expect(passwordProblem("Lotus#Pond58", ["ab"])).toBeNull();
  });

  it.each(["Lotus#Pond58", "Member2026x", "Hx8#qv2Lm9", "yellowriver!1987", "tian4kong*lan9"])("accepts %s", (pw) => {
    expect(passwordProblem(pw)).toBeNull();
  });

  it("is applied when a member activates, with their phone number as a personal word", () => {
    const r = ActivateSchema.safeParse({ phone: "13912345678", code: "12345678", password: "k13912345678", confirm: "k13912345678" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toContainEqual(["password", "密码不能包含用户名或手机号"]);
    const ok = ActivateSchema.safeParse({ phone: "13912345678", code: "12345678", password: "Lotus#Pond58", confirm: "Lotus#Pond58" });
    expect(ok.success).toBe(true);
  });
});

describe("client address", () => {
  const none = parseTrustedProxies(undefined);
  const proxies = parseTrustedProxies("10.0.0.1, 172.16.0.0/12, ::1");

  it("is the socket peer (the last hop) when no proxy is trusted, whatever the client wrote", () => {
    expect(clientAddressFrom("6.6.6.6, 127.0.0.1", none)).toBe("127.0.0.1");
    expect(clientAddressFrom("127.0.0.1", none)).toBe("127.0.0.1");
    expect(clientAddressFrom("::ffff:192.0.2.7", none)).toBe("192.0.2.7");
  });

  it("believes hops only as far as trusted proxies vouch for them", () => {
    expect(clientAddressFrom("203.0.113.9, 10.0.0.1", proxies)).toBe("203.0.113.9");
    expect(clientAddressFrom("203.0.113.9, 172.20.1.1, 10.0.0.1", proxies)).toBe("203.0.113.9");
    // A spoofed first entry stays where the untrusted client put it.
    expect(clientAddressFrom("6.6.6.6, 203.0.113.9, 10.0.0.1", proxies)).toBe("203.0.113.9");
    // Not a trusted proxy: its own claim is ignored.
    expect(clientAddressFrom("6.6.6.6, 198.51.100.4", proxies)).toBe("198.51.100.4");
    expect(clientAddressFrom("2001:db8::5, ::1", proxies)).toBe("2001:db8::5");
  });

  it("falls back to the proxy that passed on garbage, and to nothing without a header", () => {
    expect(clientAddressFrom("<script>, 10.0.0.1", proxies)).toBe("10.0.0.1");
    expect(clientAddressFrom(undefined, proxies)).toBeUndefined();
  });

  it("refuses a configuration that is not addresses", () => {
    expect(() => parseTrustedProxies("proxy.example")).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/TRUSTED_PROXIES/);
  });
});

describe("post-login destination", () => {
  const origin = "https://portal.example";
  it.each([
    "/\t/evil.example/",
    "/\r\n/evil.example/",
    "/\nSet-Cookie:x=1",
    "//evil.example/",
    "/\\evil.example/",
    "\\\\evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "http://portal.example/members", // another scheme is another origin
    "/login?callbackUrl=/x",
    "/api/v1/me",
  ])("refuses %j", (raw) => {
    expect(safeCallbackUrl(raw, "/", origin)).toBe("/");
  });

  it("keeps same-origin paths, and reduces this origin's absolute URLs to their path", () => {
    expect(safeCallbackUrl("/members?q=%E7%8E%8B#top", "/", origin)).toBe("/members?q=%E7%8E%8B#top");
    expect(safeCallbackUrl("https://portal.example/hardship/1", "/", origin)).toBe("/hardship/1");
    expect(safeCallbackUrl("/members")).toBe("/members");
    // Resolved as the browser would: these stay on this site, so what is kept is that path.
    expect(safeCallbackUrl("https:evil.example", "/", origin)).toBe("/evil.example");
    expect(safeCallbackUrl("members", "/", origin)).toBe("/members");
    expect(sameOriginPath("/login", "/", origin)).toBe("/login");
  });
});
