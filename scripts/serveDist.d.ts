import type { Server } from 'node:http';

export interface ServedDist {
  server: Server;
  /** "http://localhost:PORT/" (https with certificates). */
  url: string;
  close(): Promise<void>;
}

export function serveDist(options: {
  root: string;
  /** 0: any free port. */
  port: number;
  https?: object | null;
  stopFile?: string;
}): Promise<ServedDist>;
