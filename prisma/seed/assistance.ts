import type { Client } from "pg";
import type { DemoContext } from "./context";
import { loadContractDemo } from "./assistance-contracts";
import { loadGrantDemo } from "./assistance-grants";

/** Demo enterprises, hardship files, funds, grants and collective contracts. */
export async function loadAssistanceDemo(client: Client, ctx: DemoContext): Promise<void> {
  await loadContractDemo(client, ctx);
  await loadGrantDemo(client, ctx);
}
