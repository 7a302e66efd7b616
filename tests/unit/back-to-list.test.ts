import { describe, expect, it } from "vitest";
import { newParticipantsHref, listParamsFrom, tickedIds } from "@/features/assignments/back-to-list";

const A = "0528ed35-0df8-489b-925a-57a6e1e7cd1e";
const B = "5c8522e0-5928-4e05-946a-0ef5e4f42c5d";

describe("the way back from Välj handledare to Nya deltagare", () => {
  it("returns to the same filters and page with the chosen participants ticked", () => {
    const href = newParticipantsHref({ tjanst: "RUSTA_OCH_MATCHA_2", enhet: B, sida: "2" }, [A, B]);
    const url = new URL(href, "http://x");
    expect(url.pathname).toBe("/nya-deltagare");
    expect(url.searchParams.get("tjanst")).toBe("RUSTA_OCH_MATCHA_2");
    expect(url.searchParams.get("enhet")).toBe(B);
    expect(url.searchParams.get("sida")).toBe("2");
    expect(url.searchParams.getAll("d")).toEqual([A, B]);
  });

  it("is the plain list when nothing was filtered or chosen", () => {
    expect(newParticipantsHref({}, [])).toBe("/nya-deltagare");
  });

  it("takes only the list's own parameters, one short value each, encoded", () => {
    expect(listParamsFrom({ tjanst: ["X", "Y"], kommun: " Södertälje ", d: A, annat: "1", enhet: "e".repeat(101) })).toEqual({ tjanst: "X", kommun: "Södertälje" });
    expect(newParticipantsHref({ kommun: "Upplands Väsby&x=1" }, [])).toBe("/nya-deltagare?kommun=Upplands+V%C3%A4sby%26x%3D1");
  });

  it("ticks only well-formed ids, once each, and no more than asked", () => {
    expect(tickedIds([A, "inte-ett-id", A, B])).toEqual([A, B]);
    expect(tickedIds(A)).toEqual([A]);
    expect(tickedIds(undefined)).toEqual([]);
    expect(tickedIds([A, B], 1)).toEqual([A]);
  });
});
