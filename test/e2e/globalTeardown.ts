import { skippedBanner } from './environment';

/** Stops the server globalSetup started; a skipped suite is announced once more, last, where it is seen. */
export default async function globalTeardown(): Promise<void> {
  await (globalThis as { e2eServer?: { close(): Promise<void> } }).e2eServer?.close();
  if (process.env.E2E_SKIPPED) process.stderr.write(`${skippedBanner(false)}\n`);
}
