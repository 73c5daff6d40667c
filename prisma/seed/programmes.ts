import type { Client } from "pg";
import type { DemoContext } from "./context";
import { loadRecordDemo } from "./programmes-records";
import { loadTrainingDemo } from "./programmes-trainings";

/** Demo programme records (honours, studios, trainings, competitions, activities). */
export async function loadProgrammeDemo(client: Client, ctx: DemoContext): Promise<void> {
  await loadRecordDemo(client, ctx);
  await loadTrainingDemo(client, ctx);
}
