"use client";
import { buttonClass } from "../ui/button";

export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className={buttonClass("secondary", "sm")}>
      打印报告
    </button>
  );
}
