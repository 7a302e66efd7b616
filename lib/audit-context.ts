// Who is behind a request beyond the acting user: set once per API request so that every
// audit record written while serving it says the change came through that API token,
// without threading the token through every domain function.
import { AsyncLocalStorage } from "node:async_hooks";

const context = new AsyncLocalStorage<{ apiTokenId: string }>();

export function withApiToken<T>(apiTokenId: string, fn: () => Promise<T>): Promise<T> {
  return context.run({ apiTokenId }, fn);
}

export function currentApiTokenId(): string | null {
  return context.getStore()?.apiTokenId ?? null;
}
