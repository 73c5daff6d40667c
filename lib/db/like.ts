// Search text reaches SQL LIKE through Prisma's contains/startsWith, which
// pass `%` and `_` on as wildcards: `q=%` would list everything and `q=_`
// match any one character. Every search goes through these so text matches
// literally (backslash is PostgreSQL's default LIKE escape character).
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export const containsText = (q: string) => ({ contains: escapeLike(q) });
export const startsWithText = (q: string) => ({ startsWith: escapeLike(q) });
