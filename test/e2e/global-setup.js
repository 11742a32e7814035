// Starts the page checks' servers once for every spec file; their origins reach the workers through the
// environment (Playwright passes process.env changes made here to them).
import { existsSync } from 'node:fs';
import { startServers } from './servers.js';

export default async function globalSetup() {
  if (!existsSync('cdn/support-widgets.js')) throw new Error('The page checks need a build: run `npm run build` first.');
  const servers = await startServers();
  process.env.PAGES_ORIGIN = servers.origin;
  process.env.PAGES_STRICT_ORIGIN = servers.strict;
  process.env.PAGES_LIT_ONLY_ORIGIN = servers.litOnly;
  return () => servers.close();
}
