/**
 * Typed clients of the four services (openapi-fetch over the types openapi-typescript
 * generates from docs/openapi/*.json into src/generated/; `make clients` regenerates them).
 */
import createClient, { type Client, type Middleware } from "openapi-fetch";

import type { paths as ComplaintsPaths } from "./generated/complaints.js";
import type { paths as NotificationsPaths } from "./generated/notifications.js";
import type { paths as ReferralsPaths } from "./generated/referrals.js";
import type { paths as RegistryPaths } from "./generated/registry.js";

export type * as complaints from "./generated/complaints.js";
export type * as notifications from "./generated/notifications.js";
export type * as referrals from "./generated/referrals.js";
export type * as registry from "./generated/registry.js";
export type { ComplaintsPaths, NotificationsPaths, ReferralsPaths, RegistryPaths };

export interface ClientOptions {
  /** The service's base URL, e.g. `http://127.0.0.1:8003` (no trailing path). */
  baseUrl: string;
  /** A bearer token naming the caller's department and roles; omit it on public routes. */
  token?: string;
  /** Another fetch (tests, proxies); the global one by default. */
  fetch?: typeof globalThis.fetch;
}

/** Sends `Authorization: Bearer <token>` on every request of a client. */
export function bearer(token: string): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${token}`);
      return request;
    },
  };
}

function connect<Paths extends {}>(options: ClientOptions): Client<Paths> {
  const client = createClient<Paths>({ baseUrl: options.baseUrl, fetch: options.fetch });
  if (options.token !== undefined) {
    client.use(bearer(options.token));
  }
  return client;
}

/** A client of the registry service (departments, tasks, duties, assessment). */
export const registryClient = (options: ClientOptions): Client<RegistryPaths> =>
  connect<RegistryPaths>(options);

/** A client of the complaints service (intake, handling, the public routes, Open311). */
export const complaintsClient = (options: ClientOptions): Client<ComplaintsPaths> =>
  connect<ComplaintsPaths>(options);

/** A client of the referrals service (reports, cases, accountability). */
export const referralsClient = (options: ClientOptions): Client<ReferralsPaths> =>
  connect<ReferralsPaths>(options);

/** A client of the notifications service (inboxes, copy rules, webhooks). */
export const notificationsClient = (options: ClientOptions): Client<NotificationsPaths> =>
  connect<NotificationsPaths>(options);

/** A fresh Idempotency-Key: one per logical create, reused only to retry that create. */
export function idempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}
