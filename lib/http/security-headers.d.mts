import type { IncomingMessage, ServerResponse } from "node:http";

export const staticSecurityHeaders: { key: string; value: string }[];
export const apiContentSecurityPolicy: string;
export function setSecurityHeaders(req: IncomingMessage, res: ServerResponse): void;
