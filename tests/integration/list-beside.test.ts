// A list page's figures of the organisation filtered on (`beside` in
// components/list/load.ts): /enterprises' 建会率 tiles and /contracts' reminders
// are read at the same time as the list, for the organisation the list is
// filtered on, and a refused organisation gives the page's message, not an error.
import { beforeAll, describe, expect, it } from "vitest";
import { as, type Client } from "../helpers/http";
import { orgIdByName } from "../helpers/db";

let staff: Client;
let jianhu: number;
let shanggang: number;
let outside: number;

/** The value of the stat tile labelled `label` in a page's HTML. */
function tile(html: string, label: string): string | null {
  const m = html.match(new RegExp(`<p class="stat-label">${label}</p><p class="stat-value">([^<]+)`));
  return m ? m[1] : null;
}
const grouped = (n: number) => n.toLocaleString("en-US");

beforeAll(async () => {
  staff = await as("jianhu.staff");
  jianhu = await orgIdByName("建湖县总工会");
  shanggang = await orgIdByName("上冈镇总工会");
  outside = await orgIdByName("盱眙县总工会");
});

describe("figures beside a list", () => {
  it("shows 建会率 of the scope, and of the organisation filtered on, as the API counts them", async () => {
    for (const [org, path] of [
      [jianhu, "/enterprises"],
      [shanggang, `/enterprises?orgId=${shanggang}`],
    ] as const) {
      const stats = await staff.get(`/api/v1/enterprises/stats?orgId=${org}`);
      expect(stats.status).toBe(200);
      expect(stats.data.enterprises).toBeGreaterThan(0);
      const page = await staff.get(path);
      expect(page.status).toBe(200);
      expect(tile(page.data, "企业数（按所在地）"), path).toBe(grouped(stats.data.enterprises));
      expect(tile(page.data, "已建会企业"), path).toBe(grouped(stats.data.unionised));
    }
    // The town's figures are not the county's: the tiles follow the filter.
    const county = await staff.get(`/api/v1/enterprises/stats?orgId=${jianhu}`);
    const town = await staff.get(`/api/v1/enterprises/stats?orgId=${shanggang}`);
    expect(town.data.enterprises).toBeLessThan(county.data.enterprises);
  });

  it("shows the contracts' reminders beside their list", async () => {
    const page = await staff.get("/contracts");
    expect(page.status).toBe(200);
    expect(page.data).toMatch(/aria-label="\d+份合同\d+天内到期"/);
  });

  it("answers an organisation outside the scope with the page's message, and no figures", async () => {
    for (const path of [`/enterprises?orgId=${outside}`, `/contracts?orgId=${outside}`]) {
      const page = await staff.get(path);
      expect(page.status, path).toBe(200);
      expect(page.data, path).toContain("所选组织不存在或不在您的管理范围内。");
      expect(tile(page.data, "企业数（按所在地）"), path).toBeNull();
    }
  });
});
