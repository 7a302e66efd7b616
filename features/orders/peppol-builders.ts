// The UBL building blocks the PEPPOL documents (./peppol.ts) are written with (xmlbuilder2):
// a root in its namespace, cbc/cac elements, money, periods, addresses and parties.
import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import { BUYER, CURRENCY, NS, type PeppolSupplier, SCHEME_SE_ORGNR, SELLER_TAX_REGISTRATION, XMLNS, kronor } from "./peppol-model";

// --- small builders ------------------------------------------------------------------------

export function root(ns: string, name: string): { doc: XMLBuilder; el: XMLBuilder } {
  const doc = create({ version: "1.0", encoding: "UTF-8" });
  const el = doc.ele(ns, name).att(XMLNS, "xmlns:cac", NS.cac).att(XMLNS, "xmlns:cbc", NS.cbc);
  return { doc, el };
}

export function cbc(parent: XMLBuilder, name: string, text: string | number, attrs?: Record<string, string>): XMLBuilder {
  const el = parent.ele(NS.cbc, `cbc:${name}`, attrs);
  el.txt(String(text));
  return parent;
}

export function cac(parent: XMLBuilder, name: string): XMLBuilder {
  return parent.ele(NS.cac, `cac:${name}`);
}

export const money = (parent: XMLBuilder, name: string, ore: number) => cbc(parent, name, kronor(ore), { currencyID: CURRENCY });

export function period(parent: XMLBuilder, name: string, start: string, end: string) {
  const p = cac(parent, name);
  cbc(p, "StartDate", start);
  cbc(p, "EndDate", end);
}

export function address(parent: XMLBuilder, a: PeppolSupplier["address"], country: string) {
  const addr = cac(parent, "PostalAddress");
  if (a) {
    cbc(addr, "StreetName", a.street);
    cbc(addr, "CityName", a.city);
    cbc(addr, "PostalZone", a.postalCode);
  }
  cbc(cac(addr, "Country"), "IdentificationCode", country);
}

/** A party identified by its Swedish organisation number (EndpointID and legal entity, scheme 0007). */
export function party(parent: XMLBuilder, who: { name: string; orgNumber: string; address?: PeppolSupplier["address"] }, opts: { taxRegistration?: boolean; address: boolean }) {
  const p = cac(parent, "Party");
  cbc(p, "EndpointID", who.orgNumber, { schemeID: SCHEME_SE_ORGNR });
  cbc(cac(p, "PartyIdentification"), "ID", who.orgNumber, { schemeID: SCHEME_SE_ORGNR });
  cbc(cac(p, "PartyName"), "Name", who.name);
  if (opts.address) address(p, who.address ?? null, "SE");
  if (opts.taxRegistration) {
    const tax = cac(p, "PartyTaxScheme");
    cbc(tax, "CompanyID", SELLER_TAX_REGISTRATION);
    cbc(cac(tax, "TaxScheme"), "ID", "TAX");
  }
  const legal = cac(p, "PartyLegalEntity");
  cbc(legal, "RegistrationName", who.name);
  cbc(legal, "CompanyID", who.orgNumber, { schemeID: SCHEME_SE_ORGNR });
}

export const buyer = { name: BUYER.name, orgNumber: BUYER.orgNumber, address: null };
