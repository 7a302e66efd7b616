"use server";

import { revalidatePath } from "next/cache";
import { z } from "@/lib/validation/zod";
import { staffFormAction } from "@/lib/actions/form-action";
import { markEventsSeen } from "@/features/events/feed";

const markAllSeenInput = z.object({ upTo: z.iso.datetime() });

/**
 * "Markera alla som lästa": marks up to the newest event the page showed (sent with the form),
 * so an event that arrives between showing and clicking stays unread. A plain form action,
 * so it works without JavaScript.
 */
export const markAllEventsSeenAction = staffFormAction("followEvents", async (actor, formData) => {
  const parsed = markAllSeenInput.safeParse({ upTo: formData.get("upTo") });
  if (!parsed.success) return;
  await markEventsSeen(actor, new Date(parsed.data.upTo));
  // The unread count is in the menu of every supplier page, not only on /handelser.
  revalidatePath("/", "layout");
});
