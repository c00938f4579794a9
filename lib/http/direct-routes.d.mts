import type { IncomingMessage, ServerResponse } from "node:http";

export interface DirectRoute {
  name: string;
  method: string;
  path: RegExp;
  handle(request: Request, params: (string | undefined)[]): Promise<Response>;
}
export declare function registerDirectRoute(route: DirectRoute): void;
export declare function serveDirect(req: IncomingMessage, res: ServerResponse): boolean;
