// Top bar shared by the staff portal and the member page.
import { Brand } from "./brand";
import Link from "next/link";
import { SignOutButton } from "./sign-out-button";

type Props = { displayName: string; roleLabel: string; orgName: string; homeHref?: string; securityHref?: string };

export function TopBar({ displayName, roleLabel, orgName, homeHref = "/", securityHref }: Props) {
  return (
    <header data-shell className="top-bar">
      <div className="mx-auto flex max-w-[1400px] flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-2.5 sm:px-6">
        <Brand href={homeHref} />
        <div className="flex w-full min-w-0 items-center justify-between gap-3 sm:w-auto sm:justify-end">
          <div className="min-w-0 leading-tight sm:text-right">
            <p className="truncate text-sm font-medium text-gray-900">
              {displayName}
              <span className="role-tag">{roleLabel}</span>
            </p>
            <p className="truncate text-xs text-muted" title={orgName}>
              {orgName}
            </p>
          </div>
          {securityHref && (
            <Link href={securityHref} className="shrink-0 text-sm text-sky-800 underline-offset-2 hover:underline">
              账号安全
            </Link>
          )}
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
