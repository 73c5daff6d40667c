// A dashboard figure's link to the records behind it. It carries `back=` (the
// dashboard as it is shown: organisation, period, ranking) so the list names
// the filters it arrived with and offers 返回数据看板 (loadList keeps only a
// /dashboard path), even where the browser sends no referrer.
export function drillHref(href: string, back: string): string {
  const at = href.indexOf("?");
  const sp = new URLSearchParams(at < 0 ? "" : href.slice(at + 1));
  sp.set("back", back);
  return `${at < 0 ? href : href.slice(0, at)}?${sp}`;
}
