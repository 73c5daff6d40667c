import Link from "next/link";

/** Product mark: a plain red square with 工, and the product name. */
export function Brand({ href = "/" }: { href?: string }) {
  return (
    <Link href={href} className="flex items-center gap-2.5 text-gray-900 hover:text-gray-900">
      <span aria-hidden="true" className="grid h-8 w-8 place-items-center rounded bg-brand text-base font-bold text-white">
        工
      </span>
      <span className="text-lg font-semibold tracking-wide">工会工作平台</span>
    </Link>
  );
}
