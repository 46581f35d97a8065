import { spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import path from "node:path";
import { astroEnvironment } from "./build";

/** `npm run dev` on a copy of the site, as the tests drive it. */
export interface DevServer {
  /** Where the site is: `http://127.0.0.1:<port>/`, with the base. */
  address: string;
  /** What the server has printed so far. */
  log: () => string;
  /** Ends the server and what it started. */
  stop: () => Promise<void>;
}

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts Astro's development server in `dir`, a copy of the site (tests/support/build.ts), under
 * `base`, and waits until it answers.
 */
export async function startDevServer(
  dir: string,
  { base = "/", env = {} }: { base?: string; env?: Record<string, string> } = {},
): Promise<DevServer> {
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [
      path.join(dir, "node_modules/astro/bin/astro.mjs"),
      "dev",
      "--host",
      "127.0.0.1",
      "--port",
      `${port}`,
      ...(base === "/" ? [] : ["--base", base]),
    ],
    // Its own process group, so that stopping it ends what it started too.
    { cwd: dir, env: { ...astroEnvironment(), ...env }, detached: true, stdio: "pipe" },
  );
  let output = "";
  for (const stream of [server.stdout, server.stderr]) {
    stream.on("data", (text: Buffer) => (output += text.toString()));
  }
  const exited = once(server, "exit");
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      process.kill(-server.pid!, "SIGTERM");
      await exited;
    }
  };
  const address = `http://127.0.0.1:${port}${base}`;
  for (let attempt = 0; attempt < 120; attempt++) {
    if (
      await fetch(address).then(
        ({ ok }) => ok,
        () => false,
      )
    ) {
      return { address, log: () => output, stop };
    }
    if (server.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`The development server did not start:\n${output}`);
}
