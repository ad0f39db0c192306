// The few declarations of node:http that from_address.ts uses (no @types/node here: see
// globals.d.ts).
declare module 'node:http' {
  interface IncomingMessage {
    statusCode?: number;
    /** Alternating names and values, as received (repeated headers such as Set-Cookie kept). */
    rawHeaders: string[];
    on(event: 'data', listener: (chunk: Uint8Array) => void): this;
    on(event: 'end', listener: () => void): this;
    on(event: 'error', listener: (error: Error) => void): this;
  }
  interface ClientRequest {
    on(event: 'error', listener: (error: Error) => void): this;
    write(chunk: Uint8Array): boolean;
    end(): void;
  }
  interface RequestOptions {
    host: string;
    port: string | number;
    path: string;
    method: string;
    headers: Record<string, string>;
    /** The client's own address to bind (the server sees it as the peer address). */
    localAddress: string;
  }
  export function request(options: RequestOptions, onResponse: (res: IncomingMessage) => void): ClientRequest;
}
