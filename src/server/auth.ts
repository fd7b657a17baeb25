/** Who may call what: writes need a bearer token; reads are open on loopback by default. */
import type { Context } from "hono";
import { getConnInfo } from "@hono/node-server/conninfo";
import { TacitusError } from "../errors/index.js";
import type { ApiToken, ReviewStore } from "../store-review/index.js";

/** `local`: reads open to loopback clients only; `open`: to anyone; `token`: reads need a token too. */
export const READ_ACCESS = ["local", "open", "token"] as const;
export type ReadAccess = (typeof READ_ACCESS)[number];

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;
const LOCAL_HOSTS = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/i;

export function isLoopback(c: Context): boolean {
  try {
    return LOOPBACK.test(getConnInfo(c).remote.address ?? "");
  } catch (error) {
    // Not served by node (e.g. app.request in a test): no socket, so not loopback.
    if (error instanceof TypeError) return false;
    throw error;
  }
}

export function bearer(c: Context): string | null {
  const header = c.req.header("authorization");
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw new TacitusError("UNAUTHORIZED", "the Authorization header must be: Bearer <token>.");
  return match[1];
}

export async function requireToken(c: Context, review: ReviewStore): Promise<ApiToken> {
  const token = bearer(c);
  if (token === null) {
    throw new TacitusError("UNAUTHORIZED", "this request needs an API token: create one with `tacitus token create <name>` and send it as Authorization: Bearer <token>.");
  }
  const found = await review.verifyToken(token);
  if (!found) throw new TacitusError("UNAUTHORIZED", "this API token is unknown or revoked; create a new one with `tacitus token create <name>`.");
  return found;
}

/** Checks a read request; a token, when sent, must be valid whatever the mode. */
export async function checkRead(c: Context, review: ReviewStore, access: ReadAccess): Promise<void> {
  if (bearer(c) !== null) {
    await requireToken(c, review);
    return;
  }
  if (access === "open") return;
  if (access === "local" && isLoopback(c)) {
    // A loopback client reached through another host name is a DNS-rebinding page, not a local user.
    const host = c.req.header("host") ?? "";
    if (LOCAL_HOSTS.test(host)) return;
    throw new TacitusError(
      "UNAUTHORIZED",
      `reads without a token are served to this machine only when addressed as localhost or 127.0.0.1 (this request named host "${host.slice(0, 80)}", which a DNS-rebinding web page could send); use http://127.0.0.1:<port>/, or send an API token.`,
    );
  }
  await requireToken(c, review);
}
