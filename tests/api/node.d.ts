// Minimal declarations for the Node built-ins the API tests use beyond fetch and crypto (there
// is no @types/node here: "types" is empty). Only what the tests call is declared.

declare module 'node:fs' {
  export function readFileSync(path: string | URL, encoding: 'utf8'): string;
}

declare module 'node:net' {
  export interface Socket {
    write(data: Uint8Array | string, cb?: (err?: Error) => void): boolean;
    end(): void;
    destroy(): void;
    setTimeout(ms: number, cb?: () => void): void;
    on(event: 'data', cb: (chunk: Uint8Array) => void): this;
    on(event: 'error', cb: (err: Error) => void): this;
    on(event: 'close' | 'end' | 'connect' | 'timeout', cb: () => void): this;
  }
  export function connect(port: number, host: string): Socket;
}
