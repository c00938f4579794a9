import type { IncomingMessage, ServerResponse } from "node:http";

export const strictTransportSecurity: string;
export function isHttpsUrl(url: string): boolean;
export function transportSecurityFor(appUrl?: string): string | null;
type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;
export function withTransportSecurity<H extends Handler>(handle: H, value?: string | null): H;
