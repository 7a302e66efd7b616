"use client";

// A form that takes no input until React has hydrated it (issue #14). A streamed page shows its
// forms before their JavaScript runs; on a slow line a person could tick a box or type before
// that, and react-hook-form would reset the change when it starts (or a click on the submit
// button would send the form natively, as a GET with the values in the address). Until then
// every control is disabled through one <fieldset disabled> (the browser's own disabling, so
// the controls stay in the accessibility tree, announced as unavailable) and the form says it
// is busy.
import { useSyncExternalStore, type ComponentProps } from "react";

const subscribe = () => () => {};

/** false in the server's HTML and during hydration, true once React runs the page in the browser. */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, () => true, () => false);
}

export function LiveForm({ children, ...props }: ComponentProps<"form">) {
  const live = useHydrated();
  return (
    <form {...props} aria-busy={live ? undefined : true} data-live={live ? "" : undefined}>
      {/* No box and no group of its own: only the disabling. */}
      <fieldset disabled={!live} role="none" className="contents">
        {children}
      </fieldset>
    </form>
  );
}
