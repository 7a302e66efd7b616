"use client";

import { useEffect } from "react";

/**
 * Focuses (and so scrolls to) the element `id` when the address ends in #id. A browser scrolls
 * to the anchor only if it is there when the page arrives, and a streamed page (loading.tsx)
 * brings it later: opened or reloaded at #flytta, Arbetsbelastning stayed at its top. Focus also
 * takes a keyboard user from the link they followed to what it opened.
 */
export function FocusOnHash({ id }: { id: string }) {
  useEffect(() => {
    const go = () => {
      if (window.location.hash !== `#${id}`) return;
      const target = document.getElementById(id);
      if (!target) return;
      if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: "start" });
    };
    go();
    window.addEventListener("hashchange", go);
    return () => window.removeEventListener("hashchange", go);
  }, [id]);
  return null;
}
