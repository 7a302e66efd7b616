"use client";

// Gives a 403 or 404 page its own tab title (issue #14). Next.js resolves a page's metadata
// from the page that was asked for, also when a layout above it answers 403 (only a 404 thrown
// from metadata itself switches to not-found's metadata), so the tab kept the page's title.
// This sets the title once the page runs, and keeps it if the streamed metadata arrives later.
import { useEffect } from "react";

export function DocumentTitle({ title }: { title: string }) {
  useEffect(() => {
    const apply = () => {
      if (document.title !== title) document.title = title;
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => observer.disconnect();
  }, [title]);
  return null;
}
