import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Mina sidor för fristående aktörer", template: "%s – Mina sidor för fristående aktörer" },
  description: "Portal för leverantörer av Rusta och matcha",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="sv">
      <body className="min-h-screen bg-gray-50 text-gray-900 antialiased">
        <a href="#innehall" className="skip-link">
          Hoppa till innehållet
        </a>
        {children}
      </body>
    </html>
  );
}
