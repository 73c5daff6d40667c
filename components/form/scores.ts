// The 1–5 scores users give (企业评价, 职工满意度), best first, as form choices.
export const SCORES = ["5", "4", "3", "2", "1"] as const;
export const SCORE_LABELS: Record<(typeof SCORES)[number], string> = { "5": "5 分", "4": "4 分", "3": "3 分", "2": "2 分", "1": "1 分" };
