// Copies just the keys a zod object schema declares: used to hand a client
// component exactly its DTO, without extra server-side fields.
import type { z } from "zod";

export function pickShape<S extends z.ZodObject>(schema: S, obj: object): z.infer<S> {
  const src = obj as Record<string, unknown>;
  return Object.fromEntries(Object.keys(schema.shape).map((k) => [k, src[k]])) as z.infer<S>;
}
