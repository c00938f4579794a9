import type { IncomingMessage, ServerResponse } from "node:http";

export const staticSecurityHeaders: { key: string; value: string }[];
export const apiContentSecurityPolicy: string;
export const apiSecurityHeaders: { key: string; value: string }[];
export function pageContentSecurityPolicy(nonce: string, development?: boolean): string;
export function setSecurityHeaders(req: IncomingMessage, res: ServerResponse, page?: boolean): void;
