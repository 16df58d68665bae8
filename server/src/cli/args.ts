// Argument parsing for the CLI commands, on node:util parseArgs, and the clock they share.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { clockFrom, now } from '../core/lint/engine';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
}

export type Options = NonNullable<ParseArgsConfig['options']>;

/** Parsed arguments, or the message for a usage error (exit status 2). */
export function parse<O extends Options>(argv: string[], options: O): { values: Record<string, string | boolean | undefined>; operands: string[] } | { error: string } {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as Record<string, string | boolean | undefined>, operands: positionals };
  } catch (e) {
    // parseArgs says "Unknown option '--fox'. To specify…" or "Option '-o, --output <value>' argument missing".
    const message = (e as Error).message;
    const unknown = /Unknown option '([^']+)'/.exec(message);
    if (unknown) return { error: `unknown option ${unknown[1]}` };
    const missing = /Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(message);
    if (missing) return { error: `${missing[1]} needs a value` };
    return { error: message.split('. ')[0].replace(/\.$/, '') };
  }
}

/** The clock from --now, else THANKS_NOW, else the real time; a message when a value cannot be read. */
export function clockOf(nowArg: string | undefined, env: NodeJS.ProcessEnv): Date | { error: string } {
  if (nowArg !== undefined) {
    return clockFrom(nowArg) ?? { error: `--now must be an ISO date-time such as 2026-11-25T09:00, not "${nowArg}"` };
  }
  if (env.THANKS_NOW) return clockFrom(env.THANKS_NOW) ?? { error: `THANKS_NOW must be an ISO date-time such as 2026-11-25T09:00, not "${env.THANKS_NOW}"` };
  return now();
}
