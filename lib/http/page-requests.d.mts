import type { IncomingMessage, ServerResponse } from "node:http";

export type PageRequest = { pathname: string; search: string };
export function pageRequest(url?: string): PageRequest | null;
export function sessionCookieName(secure?: boolean): string;
export function sendToSignIn(req: IncomingMessage, res: ServerResponse, page: PageRequest): boolean;
