// A signed-out deep link keeps its return address through the sign-in, and only an address on
// the portal itself is accepted (no open redirect) (issue #14).
import { describe, expect, it } from "vitest";
import { chooseOrganisationAddress, safeReturnPath, signInAddress } from "@/lib/auth/return-to";

describe("safeReturnPath", () => {
  it("keeps a same-origin relative path with its query", () => {
    expect(safeReturnPath("/deltagare/00000000-0000-4000-8000-000000000000")).toBe("/deltagare/00000000-0000-4000-8000-000000000000");
    expect(safeReturnPath("/deltagare?q=%C3%85sa&sida=2")).toBe("/deltagare?q=%C3%85sa&sida=2");
  });

  it("refuses every address that leads to another site, or is not a path", () => {
    for (const raw of [
      "//angripare.example/x",
      "/\\angripare.example/x",
      "\\\\angripare.example",
      "http://angripare.example/",
      "https://angripare.example/deltagare",
      "javascript:alert(1)",
      "deltagare",
      "/\tangripare.example",
      " /deltagare",
      "",
      null,
      undefined,
    ]) {
      expect(safeReturnPath(raw), String(raw)).toBeNull();
    }
  });

  it("never returns to the sign-in pages, the API or the framework's files; drops the router's _rsc", () => {
    expect(safeReturnPath("/logga-in?tillbaka=/start")).toBeNull();
    expect(safeReturnPath("/api/v1/orders")).toBeNull();
    expect(safeReturnPath("/_next/static/x.js")).toBeNull();
    expect(safeReturnPath("/deltagare?_rsc=abc")).toBe("/deltagare");
  });
});

describe("signInAddress", () => {
  it("carries a safe path, and nothing else", () => {
    expect(signInAddress("/deltagare/abc?x=1")).toBe("/logga-in?tillbaka=%2Fdeltagare%2Fabc%3Fx%3D1");
    expect(signInAddress("//angripare.example")).toBe("/logga-in");
    expect(signInAddress("/")).toBe("/logga-in");
    expect(signInAddress(null)).toBe("/logga-in");
  });
});

describe("chooseOrganisationAddress", () => {
  it("carries a safe path to the choice of organisation, and nothing else", () => {
    expect(chooseOrganisationAddress("/deltagare?q=a")).toBe("/valj-organisation?tillbaka=%2Fdeltagare%3Fq%3Da");
    expect(chooseOrganisationAddress("https://angripare.example")).toBe("/valj-organisation");
  });
});
