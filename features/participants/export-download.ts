// GET /deltagare/export?fran=YYYY-MM-DD&till=YYYY-MM-DD&handledare=alla|med|utan&utelamna=1&format=csv|xlsx
// The export form on the participant list submits here; the answer is the file itself.
// Plain-text answers otherwise: 401 without a session, 403 without the reporting
// permission, 400 with the Swedish message of an invalid query.
// The route (app/(supplier)/deltagare/export/route.ts) makes it with staffRoute("reportOnParticipants"), which answers 401 and 403.
import { plainResponse as plain } from "@/lib/http/route";
import { today } from "@/lib/clock";
import { csvStream, exportRows, recordExport, xlsxStream } from "@/features/participants/export";
import { participantExportQuery } from "@/features/participants/schemas";
import type { StaffActor } from "@/lib/authz/permissions";

const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

export async function participantExportDownload(actor: StaffActor, request: Request): Promise<Response> {
  // An export is recorded (and changes what "Utelämna redan exporterade" leaves out), so
  // another site must not be able to start one in the user's name with a link or a form.
  // Browsers say where a request comes from; clients that do not (curl) are let through.
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return plain(403, "Starta exporten från Deltagarlistan.");

  const sp = new URL(request.url).searchParams;
  const parsed = participantExportQuery.safeParse({
    from: sp.get("fran") ?? undefined,
    to: sp.get("till") ?? undefined,
    handledare: sp.get("handledare") || undefined,
    excludeExported: sp.get("utelamna") ?? undefined,
    format: sp.get("format") ?? undefined,
  });
  if (!parsed.success) {
    // A person submitting the form gets it back with the message next to the field (the list
    // page re-checks the same query); any other client gets the 400.
    if (request.headers.get("sec-fetch-mode") === "navigate") {
      const back = new URLSearchParams({ exportera: "1" });
      for (const k of ["fran", "till", "handledare", "utelamna", "format"]) {
        const v = sp.get(k);
        if (v !== null) back.set(k === "handledare" ? "exporthandledare" : k, v);
      }
      return new Response(null, { status: 303, headers: { Location: `/deltagare?${back}#export-rubrik`, "Cache-Control": "no-store" } });
    }
    return plain(400, parsed.error.issues[0].message);
  }
  const query = parsed.data;

  const { exportId } = await recordExport(actor, query);
  const batches = exportRows(actor, exportId, query, today());
  // Written to the response as it is read, a batch at a time.
  const body = query.format === "csv" ? csvStream(batches) : xlsxStream(batches);
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": CONTENT_TYPES[query.format],
      "Content-Disposition": `attachment; filename="deltagare-${query.from}-${query.to}.${query.format}"`,
      "Cache-Control": "no-store",
    },
  });
}
