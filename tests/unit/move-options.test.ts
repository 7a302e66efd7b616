import { describe, expect, it } from "vitest";
import { movedMessage, optionsForSelection } from "@/features/assignments/move-options";

const city = "unit-city", solna = "unit-solna", sodertalje = "unit-sodertalje";
const options = [
  { userId: "ali", unitIds: [city, solna, sodertalje] },
  { userId: "hugo", unitIds: [city] },
  { userId: "sara", unitIds: [city, solna] },
  { userId: "mira", unitIds: [sodertalje] },
];
const ids = (o: { userId: string }[]) => o.map((x) => x.userId);

describe("who a bulk move can go to", () => {
  it("follows the ticked participants' units: everyone who can take them all", () => {
    expect(ids(optionsForSelection(options, [city]))).toEqual(["ali", "hugo", "sara"]);
    expect(ids(optionsForSelection(options, [city, city, solna]))).toEqual(["ali", "sara"]);
    expect(ids(optionsForSelection(options, [city, sodertalje]))).toEqual(["ali"]);
    expect(ids(optionsForSelection(options, [sodertalje]))).toEqual(["ali", "mira"]);
  });

  it("with nothing ticked offers everyone who can take any of them", () => {
    expect(ids(optionsForSelection([...options, { userId: "nobody", unitIds: [] }], []))).toEqual(["ali", "hugo", "sara", "mira"]);
  });
});

describe("after a move", () => {
  it("says how many moved, and to whom", () => {
    expect(movedMessage(1, "Hugo Handledare")).toBe("1 deltagare har flyttats till Hugo Handledare.");
    expect(movedMessage(3, undefined)).toBe("3 deltagare har flyttats.");
  });
});
