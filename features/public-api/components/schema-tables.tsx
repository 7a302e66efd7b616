// The OpenAPI document's schemas as tables: the fields of a data type or a request body.
import { Fragment } from "react";
import type { Permission } from "@/lib/authz/permissions";
import { ScrollBox } from "@/components/ui/scroll-box";

export type Json = Record<string, unknown>;

export interface Operation {
  operationId: string;
  tags: string[];
  summary: string;
  description?: string;
  "x-permissions": Permission[];
  parameters: { name: string; in: string; required: boolean; description?: string; schema: Json }[];
  requestBody?: { content: { "application/json": { schema: Json } } };
  responses: Record<string, { description: string; content?: Record<string, { schema?: Json }> }>;
}

export interface ProblemCodeDoc {
  code: string;
  status: number;
  title: string;
  detail_sv: string;
  detail_en: string;
}

export const TAG_TITLES: Record<string, string> = {
  Participants: "Deltagare",
  Events: "Händelser",
  Reporting: "Planering och rapporter",
  Orders: "Beställningar",
};

export const refName = (ref: string) => ref.split("/").pop() ?? ref;

/** A short type description of a JSON Schema: "string (uuid)", "ParticipantSummary[]", "A | B". */
export function typeOf(schema: Json | undefined): string {
  if (!schema || Object.keys(schema).length === 0) return "valfritt JSON-värde";
  if (typeof schema.$ref === "string") return refName(schema.$ref);
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Json[]).map(typeOf).join(" | ");
  if (Array.isArray(schema.oneOf)) return (schema.oneOf as Json[]).map(typeOf).join(" | ");
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (Array.isArray(schema.enum)) return (schema.enum as unknown[]).map((v) => JSON.stringify(v)).join(" | ");
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : typeof schema.type === "string" ? [schema.type] : [];
  if (types.includes("array")) return `${typeOf(schema.items as Json)}[]`;
  if (types.includes("object") && schema.additionalProperties && typeof schema.additionalProperties === "object" && !schema.properties) {
    return `{ [nyckel]: ${typeOf(schema.additionalProperties as Json)} }`;
  }
  const base = types.filter((t) => t !== "null").join(" | ") || "objekt";
  const format = typeof schema.format === "string" ? ` (${schema.format})` : "";
  return `${base}${format}${types.includes("null") ? " | null" : ""}`;
}

export function PropertyTable({ schema, caption }: { schema: Json; caption: string }) {
  const props = (schema.properties as Record<string, Json> | undefined) ?? {};
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const names = Object.keys(props);
  if (names.length === 0) return <p className="text-sm">{typeOf(schema)}</p>;
  return (
    <ScrollBox label={`${caption}`}>
      <table className="mb-3 w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-af-blue-light">
          <tr>
            <th scope="col" className="p-2">Fält</th>
            <th scope="col" className="p-2">Typ</th>
            <th scope="col" className="p-2">Krävs</th>
            <th scope="col" className="p-2">Beskrivning</th>
          </tr>
        </thead>
        <tbody>
          {names.map((name) => (
            <tr key={name} className="border-t align-top">
              <td className="p-2 font-mono">{name}</td>
              <td className="p-2 font-mono">{typeOf(props[name])}</td>
              <td className="p-2">{required.has(name) ? "Ja" : "Nej"}</td>
              <td className="p-2">{typeof props[name].description === "string" ? (props[name].description as string) : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

export function BodySchema({ schema, id }: { schema: Json; id: string }) {
  if (Array.isArray(schema.oneOf)) {
    return (
      <>
        {(schema.oneOf as Json[]).map((branch, i) => {
          const kind = ((branch.properties as Record<string, Json> | undefined)?.kind?.const as string | undefined) ?? `Variant ${i + 1}`;
          return (
            <Fragment key={kind}>
              <h5 className="mt-2 font-medium">
                <code>kind: {kind}</code>
              </h5>
              <PropertyTable schema={branch} caption={`Fält i begäran ${id}, ${kind}`} />
            </Fragment>
          );
        })}
      </>
    );
  }
  return <PropertyTable schema={schema} caption={`Fält i begäran ${id}`} />;
}
