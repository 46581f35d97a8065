import type { AstroIntegration } from "astro";
import { describe, expect, it, vi } from "vitest";
import config from "../astro.config.mjs";

describe("the time-zone-data integration", () => {
  it("logs, at info level, the time-zone data version that the build's Node carries", () => {
    const integration = (config.integrations ?? [])
      .flat()
      .find((entry): entry is AstroIntegration => !!entry && entry.name === "time-zone-data");
    const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn() };
    const start = integration?.hooks["astro:build:start"] as unknown as (options: {
      logger: typeof logger;
    }) => void;
    start({ logger });
    expect(logger.info).toHaveBeenCalledWith(expect.stringContaining(process.versions.tz!));
    expect(logger.warn).not.toHaveBeenCalled();
  });
});
