"use client";
// A client component only so that its markup ships in the JavaScript: Next puts
// the not-found view in the React payload of every page under this layout.
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export default function NotFound() {
  return (
    <div className="flex min-h-[70vh] items-center justify-center px-4 py-16">
      <div className="max-w-md text-center">
        <p className="text-5xl font-bold text-gray-300">404</p>
        <h1 className="mt-3 text-xl font-semibold text-gray-900">页面不存在</h1>
        <p className="mt-2 text-[15px] text-muted">您访问的页面或记录不存在，或不在您的管理范围内。请检查链接是否正确。</p>
        <div className="mt-6 flex justify-center gap-2">
          <Link href="/" className={buttonClass("primary")}>
            返回首页
          </Link>
        </div>
      </div>
    </div>
  );
}
