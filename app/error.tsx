"use client";
// Unexpected errors: a friendly message; details stay in the server log.
import { useEffect } from "react";
import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const forbidden = error.name === "AppError" && /权限|只读/.test(error.message);
  return (
    <div className="flex min-h-[70vh] items-center justify-center px-4 py-16">
      <div className="max-w-md text-center" role="alert">
        <h1 className="text-xl font-semibold text-gray-900">{forbidden ? "没有访问权限" : "页面加载出错了"}</h1>
        <p className="mt-2 text-[15px] text-muted">
          {forbidden ? "您的账号无权查看此页面。" : "系统暂时无法完成您的请求，请稍后重试。如果问题持续出现，请联系系统管理员。"}
        </p>
        {error.digest && <p className="mt-2 text-xs text-gray-400">错误编号：{error.digest}</p>}
        <div className="mt-6 flex justify-center gap-2">
          <Button variant="primary" onClick={() => reset()}>
            重试
          </Button>
          <Link href="/" className={buttonClass("secondary")}>
            返回首页
          </Link>
        </div>
      </div>
    </div>
  );
}
