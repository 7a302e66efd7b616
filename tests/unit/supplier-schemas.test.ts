// The officer's supplier forms: Swedish messages on the right field, values normalised.
import { describe, expect, it } from "vitest";
import { addUnitInput, registerSupplierInput } from "@/features/suppliers/schemas";

const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

const AREA_A = "0b7a2c1e-3f4d-4a5b-8c6d-7e8f9a0b1c2d";
const AREA_B = "1c8b3d2f-4a5e-4b6c-9d7e-8f9a0b1c2d3e";
const SUPPLIER = "2d9c4e3a-5b6f-4c7d-8e8f-9a0b1c2d3e4f";

const unit = (overrides: Record<string, unknown> = {}) => ({
  name: "Enhet Centrum",
  street: "Storgatan 1",
  postalCode: "111 22",
  city: "Stockholm",
  municipality: "Stockholm",
  deliveryAreaId: AREA_A,
  ...overrides,
});

const valid = (overrides: Record<string, unknown> = {}) => ({
  name: "Framtidsvägen AB",
  orgNumber: "556036-0793",
  serviceVersion: "ROM2",
  deliveryAreaIds: [AREA_A, AREA_B],
  units: [unit(), unit({ name: "Enhet Söder", deliveryAreaId: AREA_B })],
  admin: { name: "Ada Admin", email: "Ada@Example.se " },
  ...overrides,
});

describe("registerSupplierInput", () => {
  it("accepts a complete registration and normalises it", () => {
    const r = registerSupplierInput.safeParse(valid({ orgNumber: " 5560360793", units: [unit({ postalCode: "11122" })] }));
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({ orgNumber: "5560360793", admin: { email: "ada@example.se" }, units: [{ postalCode: "111 22" }] });
    // Parsing the parsed values again (client, then server) changes nothing.
    expect(registerSupplierInput.parse(r.data)).toEqual(r.data);
    expect(registerSupplierInput.parse(valid({ orgNumber: "16556036-0793" })).orgNumber).toBe("5560360793");
  });

  it("organisation number: wrong check digit, wrong shape, missing", () => {
    expect(messages(registerSupplierInput.safeParse(valid({ orgNumber: "556036-0794" })))).toEqual({
      orgNumber: "Kontrollsiffran stämmer inte. Kontrollera organisationsnumret.",
    });
    expect(messages(registerSupplierInput.safeParse(valid({ orgNumber: "55603" })))).toEqual({ orgNumber: "Ange organisationsnumret som NNNNNN-NNNN." });
    expect(messages(registerSupplierInput.safeParse(valid({ orgNumber: "000000-0000" })))).toEqual({ orgNumber: "Ange ett riktigt organisationsnummer." });
    expect(messages(registerSupplierInput.safeParse(valid({ orgNumber: "" })))).toEqual({ orgNumber: "Ange organisationsnummer." });
  });

  it("postal code: Swedish five digits, on the unit's own field", () => {
    for (const bad of ["1112", "111 222", "ABC DE", "11-122"]) {
      expect(messages(registerSupplierInput.safeParse(valid({ units: [unit({ postalCode: bad })] })))).toEqual({
        "units.0.postalCode": "Ange postnumret som NNN NN, till exempel 111 22.",
      });
    }
    expect(messages(registerSupplierInput.safeParse(valid({ units: [unit({ postalCode: "" })] })))).toEqual({ "units.0.postalCode": "Ange postnummer." });
  });

  it("units: at least one, at most fifty", () => {
    expect(messages(registerSupplierInput.safeParse(valid({ units: [] })))).toEqual({ units: "Lägg till minst en utförande verksamhet." });
    expect(messages(registerSupplierInput.safeParse(valid({ units: undefined })))).toEqual({ units: "Lägg till minst en utförande verksamhet." });
    const many = Array.from({ length: 51 }, (_, i) => unit({ name: `Enhet ${i}` }));
    expect(messages(registerSupplierInput.safeParse(valid({ units: many })))).toEqual({
      units: "Högst 50 utförande verksamheter kan registreras på en gång.",
    });
  });

  it("a unit's area must be one of the chosen areas, reported on that unit's field", () => {
    const r = registerSupplierInput.safeParse(valid({ deliveryAreaIds: [AREA_A], units: [unit(), unit({ name: "Enhet Söder", deliveryAreaId: AREA_B })] }));
    expect(messages(r)).toEqual({ "units.1.deliveryAreaId": "Välj ett av leverantörens valda leveransområden." });
    // Reported together with the other fields' messages, not only once they are fixed.
    expect(messages(registerSupplierInput.safeParse(valid({ orgNumber: "556036-0794", units: [unit({ deliveryAreaId: "", name: "" })] })))).toEqual({
      orgNumber: "Kontrollsiffran stämmer inte. Kontrollera organisationsnumret.",
      "units.0.name": "Ange verksamhetens namn.",
      "units.0.deliveryAreaId": "Välj leveransområde.",
    });
  });

  it("delivery areas: at least one", () => {
    expect(messages(registerSupplierInput.safeParse(valid({ deliveryAreaIds: [], units: [unit()] })))).toMatchObject({
      deliveryAreaIds: "Välj minst ett leveransområde.",
    });
    expect(messages(registerSupplierInput.safeParse(valid({ deliveryAreaIds: false })))).toMatchObject({ deliveryAreaIds: "Välj minst ett leveransområde." });
  });

  it("unit names are unique within the registration", () => {
    expect(messages(registerSupplierInput.safeParse(valid({ units: [unit(), unit({ name: " enhet centrum " })] })))).toEqual({
      "units.1.name": "Två utförande verksamheter kan inte ha samma namn.",
    });
    // Two empty names are two missing names, not a duplicate.
    expect(registerSupplierInput.safeParse(valid({ units: [unit({ name: "" }), unit({ name: "" })] })).error!.issues.map((i) => i.message)).toEqual([
      "Ange verksamhetens namn.",
      "Ange verksamhetens namn.",
    ]);
  });

  it("every missing field has its own Swedish message", () => {
    expect(messages(registerSupplierInput.safeParse({ admin: {}, units: [{}] }))).toEqual({
      name: "Ange leverantörens namn.",
      orgNumber: "Ange organisationsnummer.",
      serviceVersion: "Välj tjänst.",
      deliveryAreaIds: "Välj minst ett leveransområde.",
      "units.0.name": "Ange verksamhetens namn.",
      "units.0.street": "Ange gatuadress.",
      "units.0.postalCode": "Ange postnummer.",
      "units.0.city": "Ange postort.",
      "units.0.municipality": "Ange kommun.",
      "units.0.deliveryAreaId": "Välj leveransområde.",
      "admin.name": "Ange behörighetsadministratörens namn.",
      "admin.email": "Ange en e-postadress.",
    });
    expect(messages(registerSupplierInput.safeParse(valid({ name: "x".repeat(201), admin: { name: "Ada", email: "inte-en-adress" } })))).toEqual({
      name: "Namnet får ha högst 200 tecken.",
      "admin.email": "Ange en giltig e-postadress.",
    });
  });
});

describe("addUnitInput", () => {
  it("accepts a unit and normalises the postal code", () => {
    expect(addUnitInput.parse({ supplierId: SUPPLIER, ...unit({ postalCode: "41103" }) })).toMatchObject({ postalCode: "411 03" });
  });
  it("puts messages on the unit's fields", () => {
    expect(messages(addUnitInput.safeParse({ supplierId: "x", ...unit({ postalCode: "4110", deliveryAreaId: "", city: " " }) }))).toEqual({
      supplierId: "Okänd leverantör.",
      postalCode: "Ange postnumret som NNN NN, till exempel 111 22.",
      city: "Ange postort.",
      deliveryAreaId: "Välj leveransområde.",
    });
  });
});
