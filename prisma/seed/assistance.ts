import type { Client } from "pg";
import type { DemoContext } from "./context";

/** Demo enterprises, hardship files, funds, grants and collective contracts. */
export async function loadAssistanceDemo(_client: Client, _ctx: DemoContext): Promise<void> {}
