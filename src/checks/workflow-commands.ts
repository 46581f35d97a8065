import { readFileSync } from "node:fs";
import path from "node:path";
import { isMap, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { BODY_FIELD, FRONT_MATTER } from "./entry";
import type { EntryProblem } from "./messages";

/**
 * Entry errors as GitHub Actions workflow commands (`::error file=…,line=…,title=…::…`), so that a
 * pull request shows each problem on the file and the line it is about. They are read back from
 * the messages the build prints (`formatEntryError`), so every entry error and warning gets one,
 * whichever check found it.
 */

/** The files and problems in a message made of `formatEntryError` blocks. */
export function parseEntryErrors(message: string): { file: string; problems: EntryProblem[] }[] {
  const entries: { file: string; problems: EntryProblem[] }[] = [];
  for (const line of message.split("\n")) {
    const header = /^(\S.*?) has \d+ problems?:$/.exec(line);
    const problem = /^ {2}- (.*?): (.*)$/.exec(line);
    const example = /^ {6}for example {2}(.*)$/.exec(line);
    if (header) entries.push({ file: header[1]!, problems: [] });
    else if (problem && entries.length) {
      entries.at(-1)!.problems.push({ field: problem[1]!, problem: problem[2]! });
    } else if (example && entries.at(-1)?.problems.length) {
      entries.at(-1)!.problems.at(-1)!.example = example[1]!;
    }
  }
  return entries;
}

/** The line of `file` (its text is `contents`) that a problem's field names, counted from 1. */
export function lineOf(file: string, contents: string, field: string): number {
  const named = /^line (\d+)(?:,|$)/.exec(field);
  if (named) return Number(named[1]);
  const frontMatter = /\.mdx?$/.test(file) ? FRONT_MATTER.exec(contents) : null;
  const yamlText = frontMatter ? frontMatter[1]! : contents;
  // The YAML of a Markdown file starts on line 2, after the opening ---.
  const firstLine = frontMatter ? 2 : 1;
  if (field === BODY_FIELD) {
    // The body's first line with text.
    const start = frontMatter ? frontMatter[0].length : 0;
    const text = contents.slice(start).search(/\S/);
    return contents.slice(0, start + Math.max(text, 0)).split("\n").length;
  }
  const keys = [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(([, key, index]) =>
    index === undefined ? key! : Number(index),
  );
  const counter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter: counter });
  const lineAt = (node: Node | null | undefined) =>
    node?.range ? counter.linePos(node.range[0]).line + firstLine - 1 : undefined;
  // The deepest part of the path the file has: a missing field is shown on its parent.
  for (let depth = keys.length; depth > 0; depth--) {
    const parent = depth === 1 ? document.contents : document.getIn(keys.slice(0, depth - 1), true);
    const key = keys[depth - 1];
    if (isMap(parent)) {
      const pair = parent.items.find(
        (item) => String((item.key as { value?: unknown })?.value) === String(key),
      );
      const line = lineAt(pair?.key as Node | undefined);
      if (line) return line;
    } else if (isSeq(parent) && typeof key === "number") {
      const line = lineAt(parent.items[key] as Node | undefined);
      if (line) return line;
    }
  }
  return firstLine;
}

const escapeData = (text: string) =>
  text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
const escapeProperty = (text: string) =>
  escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");

/**
 * One workflow command per problem in `message`. `read` gives a file's text, relative to the
 * project, or `undefined` when it cannot be read; the problem is then put on line 1.
 */
export function workflowCommands(
  message: string,
  read: (file: string) => string | undefined,
  level: "error" | "warning" = "error",
): string[] {
  return parseEntryErrors(message).flatMap(({ file, problems }) => {
    const contents = read(file);
    return problems.map(({ field, problem, example }) => {
      const line = contents === undefined ? 1 : lineOf(file, contents, field);
      const text = `${field}: ${problem}${example ? ` For example: ${example}` : ""}`;
      return `::${level} file=${escapeProperty(file)},line=${line},title=${escapeProperty(`${field} in ${path.basename(file)}`)}::${escapeData(text)}`;
    });
  });
}

/**
 * Under GitHub Actions, prints `message`'s problems as workflow commands too. The commands go to
 * standard output as whole lines, where the runner reads them.
 */
export function announceOnGitHub(
  message: string,
  root: string,
  level: "error" | "warning" = "error",
  environment: NodeJS.ProcessEnv = process.env,
  write: (text: string) => void = (text) => void process.stdout.write(text),
): void {
  if (environment["GITHUB_ACTIONS"] !== "true") return;
  const read = (file: string) => {
    try {
      return readFileSync(path.resolve(root, file), "utf8");
    } catch {
      return undefined;
    }
  };
  const commands = workflowCommands(message, read, level);
  if (commands.length) write(`${commands.join("\n")}\n`);
}
