// Sign-in, sign-out and the session (next-auth): public on purpose, the credentials are checked
// by lib/auth/options.ts.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { publicRoute } from "@/lib/http/route";

const handler = publicRoute("sign-in", NextAuth(authOptions));
export { handler as GET, handler as POST };
