// A real SMTP server for the browser tests (the `smtp-server` package): it accepts every
// message the portal sends and lets the tests read them back over HTTP, so a test follows
// the link in a received mail as a person would. Loopback only; for tests, never for use.
//   SMTP_SINK_PORT       SMTP (default 2525)
//   SMTP_SINK_HTTP_PORT  GET /mails?to=address → the messages to that address, oldest first (default 2526)
import http from "node:http";
import { SMTPServer } from "smtp-server";
import { simpleParser } from "mailparser";

const smtpPort = Number(process.env.SMTP_SINK_PORT ?? 2525);
const httpPort = Number(process.env.SMTP_SINK_HTTP_PORT ?? 2526);
const mails: { to: string; subject: string; text: string; html: string; at: string }[] = [];

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, _session, callback) {
    simpleParser(stream).then((m) => {
      const to = (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).flatMap((a) => a.value.map((v) => (v.address ?? "").toLowerCase()));
      for (const address of to) mails.push({ to: address, subject: m.subject ?? "", text: m.text ?? "", html: typeof m.html === "string" ? m.html : "", at: new Date().toISOString() });
      callback();
    }, callback);
  },
});
smtp.listen(smtpPort, "127.0.0.1");

http
  .createServer((req, res) => {
    const url = new URL(req.url ?? "/", `http://127.0.0.1:${httpPort}`);
    if (url.pathname === "/mails") {
      const to = url.searchParams.get("to")?.toLowerCase();
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(mails.filter((m) => !to || m.to === to)));
      return;
    }
    res.writeHead(url.pathname === "/" ? 200 : 404).end("smtp sink");
  })
  .listen(httpPort, "127.0.0.1", () => console.log(`SMTP sink on ${smtpPort}, mails at http://127.0.0.1:${httpPort}/mails`));

for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(0));
