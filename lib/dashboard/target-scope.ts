// 目标口径 (Target.scope): a target counts the organisation's own records
// (本级) or its whole subtree (全辖). Its own module, so the client-side target
// form does not pull in the indicator catalogue.
export const TARGET_SCOPES = ["OWN", "SUBTREE"] as const;
export type TargetScope = (typeof TARGET_SCOPES)[number];
export const TARGET_SCOPE_LABELS: Record<TargetScope, string> = { OWN: "本级", SUBTREE: "全辖" };
