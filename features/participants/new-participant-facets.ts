// The filter counts of "Nya deltagare", from one grouped count per (service, unit): each facet
// follows the other chosen filters and leaves out only its own, so a person sees how many a
// choice would give. Pure, so the page asks the database once for all three facets and the total.
import type { ServiceVersion } from "@/lib/generated/prisma/enums";

export interface NewParticipantGroup {
  serviceVersion: ServiceVersion;
  unitId: string;
  unitName: string;
  municipality: string;
  n: number;
}

export interface NewParticipantFilters {
  serviceVersion?: ServiceVersion;
  unitId?: string;
  municipality?: string;
}

export interface NewParticipantFacets {
  total: number;
  services: { value: ServiceVersion; n: number }[];
  units: { value: string; label: string; n: number }[];
  municipalities: { value: string; n: number }[];
}

const sv = (a: string, b: string) => a.localeCompare(b, "sv");

function sumBy<K extends string>(groups: NewParticipantGroup[], key: (g: NewParticipantGroup) => K): Map<K, number> {
  const out = new Map<K, number>();
  for (const g of groups) out.set(key(g), (out.get(key(g)) ?? 0) + g.n);
  return out;
}

export function newParticipantFacets(groups: NewParticipantGroup[], f: NewParticipantFilters): NewParticipantFacets {
  const service = (g: NewParticipantGroup) => !f.serviceVersion || g.serviceVersion === f.serviceVersion;
  const unit = (g: NewParticipantGroup) => !f.unitId || g.unitId === f.unitId;
  const municipality = (g: NewParticipantGroup) => !f.municipality || g.municipality === f.municipality;
  const total = groups.filter((g) => service(g) && unit(g) && municipality(g)).reduce((n, g) => n + g.n, 0);
  // Services under the unit and municipality chosen.
  const services = [...sumBy(groups.filter((g) => unit(g) && municipality(g)), (g) => g.serviceVersion)].map(([value, n]) => ({ value, n }));
  // Units and municipalities under the service chosen; the unit list keeps to the chosen municipality.
  const underService = groups.filter(service);
  const unitNames = new Map(groups.map((g) => [g.unitId, g.unitName]));
  const units = [...sumBy(underService.filter(municipality), (g) => g.unitId)].map(([value, n]) => ({ value, label: unitNames.get(value) ?? "", n }));
  const municipalities = [...sumBy(underService, (g) => g.municipality)].map(([value, n]) => ({ value, n }));
  // A chosen value stays among its facet's choices, with its count under the others (0 when
  // they leave none): otherwise the list showed "Alla" while still filtering on it.
  if (f.serviceVersion && !services.some((s) => s.value === f.serviceVersion)) services.push({ value: f.serviceVersion, n: 0 });
  if (f.unitId && !units.some((u) => u.value === f.unitId) && unitNames.has(f.unitId)) units.push({ value: f.unitId, label: unitNames.get(f.unitId)!, n: 0 });
  if (f.municipality && !municipalities.some((m) => m.value === f.municipality)) municipalities.push({ value: f.municipality, n: 0 });
  return {
    total,
    services: services.sort((a, b) => sv(a.value, b.value)),
    units: units.sort((a, b) => sv(a.label, b.label) || sv(a.value, b.value)),
    municipalities: municipalities.sort((a, b) => sv(a.value, b.value)),
  };
}
