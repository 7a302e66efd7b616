import Link from "next/link";
import { SignOutButton } from "./sign-out-button";

export function PortalHeader(props: { userName: string; organisation: string; canSwitchOrganisation?: boolean }) {
  return (
    <header className="bg-af-blue text-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold">
          Mina sidor för fristående aktörer
        </Link>
        <div className="flex flex-wrap items-center gap-4 text-sm">
          <span>
            {props.userName}, <span className="font-semibold">{props.organisation}</span>
          </span>
          {props.canSwitchOrganisation ? (
            <Link href="/valj-organisation" className="underline">
              Byt organisation
            </Link>
          ) : null}
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
