// GET /deltagare/export?fran=YYYY-MM-DD&till=YYYY-MM-DD&handledare=alla|med|utan&utelamna=1&format=csv|xlsx
// The export form on the participant list submits here; the answer is the file itself.
// Plain-text answers otherwise: 401 without a session, 403 without the reporting
// permission, 400 with the Swedish message of an invalid query.
// The handler: features/participants/export-download.ts.
import { staffRoute } from "@/lib/http/route";
import { participantExportDownload } from "@/features/participants/export-download";

export const dynamic = "force-dynamic";

export const GET = staffRoute("reportOnParticipants", participantExportDownload);
