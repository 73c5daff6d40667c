import type { Client } from "pg";
import type { DemoContext } from "./context";

/** Demo programme records (honours, studios, trainings, competitions, activities). */
export async function loadProgrammeDemo(_client: Client, _ctx: DemoContext): Promise<void> {}
