"use client";
// Top bar shared by the staff portal and the member page. A client component only
// so that its markup ships once in the JavaScript, not in every page's React
// payload: the payload carries just the four strings below.
import { Brand } from "./brand";
import Link from "next/link";
import { SignOutButton } from "./sign-out-button";

type Props = { displayName: string; roleLabel: string; orgName: string; homeHref?: string; securityHref?: string };

export function TopBar({ displayName, roleLabel, orgName, homeHref = "/", securityHref }: Props) {
  return (
    <header data-shell className="top-bar">
      <div className="top-bar-inner">
        <Brand href={homeHref} />
        <div className="top-bar-user">
          <div className="top-bar-who">
            <p>
              {displayName}
              <span className="role-tag">{roleLabel}</span>
            </p>
            <p title={orgName}>
              {orgName}
            </p>
          </div>
          {securityHref && (
            <Link href={securityHref} className="top-bar-link">
              账号安全
            </Link>
          )}
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
