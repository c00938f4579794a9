import type { IncomingMessage } from "node:http";

export declare const peerHeader: string;
export declare function stampPeer(req: IncomingMessage): void;
export declare function peerAddress(value: string | null | undefined): string | null;
