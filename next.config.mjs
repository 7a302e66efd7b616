/** @type {import('next').NextConfig} */
const nextConfig = {
  // Loaded from node_modules at run time rather than bundled (native-style packages).
  serverExternalPackages: ["pg", "bcryptjs", "exceljs", "graphile-worker", "nodemailer"],
  poweredByHeader: false,
  // Compression is the TLS-terminating proxy's job in front of the instances (the portal serves
  // plain HTTP, so a deployment has one): Next's gzip ran on the app's CPU, the resource a
  // supplier page is short of, and as a stream it cost 4-6 ms of one load of a 70 KB page
  // (npm run bench:http). PORTAL_COMPRESS=1 turns it on for a portal that faces browsers itself.
  compress: process.env.PORTAL_COMPRESS === "1",
  experimental: { authInterrupts: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
