import Link from "next/link";

/** Product mark: a plain red square with 工, and the product name. */
export function Brand({ href = "/" }: { href?: string }) {
  return (
    <Link href={href} className="brand">
      <span aria-hidden="true" className="brand-mark">
        工
      </span>
      <span className="brand-name">工会工作平台</span>
    </Link>
  );
}
