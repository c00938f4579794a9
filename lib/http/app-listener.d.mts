import type { IncomingMessage, ServerResponse } from "node:http";

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;
export declare function appListener<H extends Handler>(handle: H): H;
