// A list inside a detail page — a training's enrolments, a competition's
// entries: the list kit's filter form, chips, query-error block, table, empty
// state and pagination in a card, with the sub-list's export links. Its state
// lives in the detail page's URL (loadList with `scoped: false`), so it works
// without JavaScript like every other list.
import type { ReactNode } from "react";
import { Card } from "../ui/card";
import { Alert } from "../ui/alert";
import { buttonClass } from "../ui/button";
import type { Column } from "../ui/data-table";
import { buildHref } from "../url";
import { FilterChips, FilterForm, ListTable, type ListEmpty } from "./parts";
import type { FilterDef, ListData } from "./types";

type Props<T> = {
  list: ListData;
  title: string;
  description?: string;
  /** The sub-list's export route, linked with the current filters as 导出名单. */
  exportPath?: string;
  /** Also offer 导出（导入格式）: full ID numbers, for those who may reveal them (audited by the route). */
  importFormat?: boolean;
  /** Buttons after the export links (登记 …). */
  actions?: ReactNode;
  filters?: FilterDef[];
  columns: Column<T>[];
  rowKey: (row: T) => string | number;
  caption: string;
  unit?: string;
  empty: ListEmpty;
};

export function ListSection<T>({ list, title, description, exportPath, importFormat, actions, filters = [], columns, rowKey, caption, unit = "条", empty }: Props<T>) {
  const exportState = { ...list.state, sort: undefined, pageSize: undefined, back: undefined };
  return (
    <Card
      title={title}
      description={description}
      className="mb-4"
      bodyClassName="p-0"
      actions={
        <>
          {exportPath && (
            <a href={buildHref(exportPath, exportState)} className={buttonClass("secondary", "sm")} download>
              导出名单
            </a>
          )}
          {exportPath && importFormat && (
            <a href={buildHref(exportPath, { ...exportState, format: "import" })} className={buttonClass("secondary", "sm")} download title="含完整身份证号，可直接用于导入；导出记入审计日志">
              导出（导入格式）
            </a>
          )}
          {actions}
        </>
      }
    >
      {filters.length > 0 && (
        <div className="border-b border-line px-5 py-3">
          <FilterForm list={list} filters={filters} label={`${title}查询`} />
          <FilterChips list={list} filters={filters} className="mt-3" />
        </div>
      )}
      {list.problem && (
        <Alert tone="error" className="m-4">
          {list.problem}
        </Alert>
      )}
      <ListTable list={list} columns={columns} rowKey={rowKey} caption={caption} unit={unit} empty={empty} paginationLabel={`${title}分页`} />
    </Card>
  );
}
