"use client";
// Pagination: plain links and a GET form (page size, page jump), so it works
// without JavaScript and keeps URL state. Server-rendered like any client
// component; a client component so that every list page's React payload carries
// its few props, not its ~20 elements.
import Link from "next/link";
import { GetForm } from "./get-form";
import { inputClass, selectClass } from "./field";
import { buildHref, type QueryValues } from "../url";
import { buttonClass } from "./button";
import { formatNumber } from "../format";

type Props = {
  pathname: string;
  params: QueryValues;
  page: number;
  pageSize: number;
  total: number;
  /** More than `total` match (the list counts only up to a cap): show "10,000+" and keep "next" open. */
  totalCapped?: boolean;
  /** Unit for the total, e.g. "人" or "个". */
  unit?: string;
  label?: string;
  /** Offer page sizes 20/50/100 and a page jump (the list's schema must accept `pageSize`). */
  sizes?: boolean;
};

export const PAGE_SIZES = [20, 50, 100] as const;

export function Pagination({ pathname, params, page, pageSize, total, totalCapped = false, unit = "条", label = "分页", sizes = false }: Props) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const current = totalCapped ? Math.max(1, page) : Math.min(Math.max(1, page), pages);
  const more = totalCapped ? "+" : "";
  const prev = current > 1 ? buildHref(pathname, params, { page: current - 1 === 1 ? undefined : current - 1 }) : null;
  const next = current < pages || totalCapped ? buildHref(pathname, params, { page: current + 1 }) : null;
  const disabled = buttonClass("secondary", "sm", "btn-off");
  return (
    <nav aria-label={label} className="pager">
      {/* One string: text split among expressions is sent with a <!-- --> between each part. */}
      <p aria-live="polite">{`第 ${current} / ${formatNumber(Math.max(pages, current))}${more} 页，共 ${formatNumber(total)}${more} ${unit}`}</p>
      {sizes && (
        <GetForm action={pathname} aria-label="每页条数与跳页" className="pager-form">
          {Object.entries(params)
            .filter(([k, v]) => k !== "page" && k !== "pageSize" && v != null && v !== "")
            .map(([k, v]) => (
              <input key={k} type="hidden" name={k} value={String(v)} />
            ))}
          <label htmlFor={`${label}-size`}>每页</label>
          <select id={`${label}-size`} name="pageSize" defaultValue={String(pageSize)} className={`${selectClass} pager-field`}>
            {PAGE_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          <label htmlFor={`${label}-page`}>条，第</label>
          <input id={`${label}-page`} name="page" type="number" min={1} max={totalCapped ? undefined : pages} defaultValue={current} className={`${inputClass} pager-field`} />
          <span>页</span>
          <button type="submit" className={buttonClass("secondary", "sm")}>
            跳转
          </button>
        </GetForm>
      )}
      <div className="pager-nav">
        {prev ? (
          <Link href={prev} className={buttonClass("secondary", "sm")} rel="prev">
            上一页
          </Link>
        ) : (
          <span className={disabled} aria-disabled="true">
            上一页
          </span>
        )}
        {next ? (
          <Link href={next} className={buttonClass("secondary", "sm")} rel="next">
            下一页
          </Link>
        ) : (
          <span className={disabled} aria-disabled="true">
            下一页
          </span>
        )}
      </div>
    </nav>
  );
}
