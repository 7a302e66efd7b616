// next-auth configuration. next-auth carries only the id of a database session in its
// signed, httpOnly cookie; everything else is read from the database per request.
// An OIDC identity provider (Swedish e-legitimation through a broker) is added as another
// provider whose signIn callback maps the verified e-mail/subject to a User and calls
// createSession(); nothing after that changes (see README).
import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientKey } from "./throttle";
import { signInWithPassword } from "./login";
import { revokeSession, SESSION_TTL_MS } from "./session-store";
import { loginInput } from "./schemas";

export const LOCKED_ERROR = "locked";

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_TTL_MS / 1000 },
  pages: { signIn: "/logga-in", error: "/logga-in" },
  providers: [
    CredentialsProvider({
      name: "E-post och lösenord",
      credentials: { email: { label: "E-post", type: "email" }, password: { label: "Lösenord", type: "password" } },
      async authorize(credentials, req) {
        const parsed = loginInput.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        let result;
        try {
          result = await signInWithPassword(parsed.data.email, parsed.data.password, clientKey(req?.headers));
        } catch (err) {
          // next-auth would swallow this silently; log it (never the password or e-mail).
          console.error(`[login-error ${randomUUID()}]`, err instanceof Error ? err.stack : "unknown error");
          return null;
        }
        if (!result.ok) {
          if (result.reason === "locked") throw new Error(LOCKED_ERROR);
          // The sign-in page warns before the last attempts.
          if (result.remaining !== undefined) throw new Error(`remaining-${result.remaining}`);
          return null;
        }
        return { id: result.sessionId, name: result.name, email: result.email };
      },
    }),
  ],
  callbacks: {
    // Only addresses on the portal itself; anything else (another site, "//x", garbage) goes home.
    async redirect({ url, baseUrl }) {
      if (url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\")) return `${baseUrl}${url}`;
      try {
        if (new URL(url).origin === new URL(baseUrl).origin) return url;
      } catch {}
      return baseUrl;
    },
    async jwt({ token, user }) {
      if (user) token.sid = user.id;
      return token;
    },
    async session({ session, token }) {
      return { ...session, sid: typeof token.sid === "string" ? token.sid : undefined };
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await revokeSession(token.sid);
    },
  },
};
