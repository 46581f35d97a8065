import type { AstroIntegration } from "astro";
import { describe, expect, it, vi } from "vitest";
import config from "../astro.config.mjs";
import { ZONE_DATA } from "../src/lib/deadlines/zone-rules";

describe("the time-zone-data integration", () => {
  it("logs, at info level, the time-zone data the deadlines use, and Node's version", () => {
    const integration = (config.integrations ?? [])
      .flat()
      .find((entry): entry is AstroIntegration => !!entry && entry.name === "time-zone-data");
    const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn() };
    const start = integration?.hooks["astro:build:start"] as unknown as (options: {
      logger: typeof logger;
    }) => void;
    start({ logger });
    const [line] = logger.info.mock.calls[0] as [string];
    expect(line).toContain(`IANA time-zone data ${ZONE_DATA.version} from ${ZONE_DATA.source}`);
    expect(line).toContain(process.versions.tz!);
    expect(logger.warn).not.toHaveBeenCalled();
  });
});
