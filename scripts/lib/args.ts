// Tiny `--name value` / `--flag` parser for the project's command-line scripts.
import { OperatorError } from "@/lib/operator-error";

export class UsageError extends OperatorError {
  override name = "UsageError";
}

export function parseArgs(argv: string[], flags: string[] = []): Record<string, string | true> {
  const out: Record<string, string | true> = Object.create(null);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith("--")) throw new UsageError(`Unexpected argument "${arg}".`);
    const [name, inline] = arg.slice(2).split("=", 2) as [string, string | undefined];
    if (flags.includes(name)) out[name] = true;
    else if (inline !== undefined) out[name] = inline;
    else if (i + 1 < argv.length) out[name] = argv[++i]!;
    else throw new UsageError(`--${name} needs a value.`);
  }
  return out;
}
