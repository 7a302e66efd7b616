// The representations the public API answers with (camelCase JSON), as zod schemas registered
// under component names: the OpenAPI document (./openapi.ts) is generated from them, the
// endpoint mappers are typed by them, and the contract tests validate real answers against
// the generated document. Request bodies are not here: they are the domain modules' own zod
// schemas (the ones the portal's forms use), so no rule exists twice.
//
// One module per subject under ./schemas/; this one gathers them, in the order the components
// are registered (and so listed in the document). Import the representations from here.
export * from "./schemas/common";
export * from "./schemas/participants";
export * from "./schemas/reporting";
export * from "./schemas/orders";
export * from "./schemas/problem";
