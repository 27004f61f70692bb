import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** parseArgs, with its long messages turned into one line naming the option. */
export function parseCliArgs(args: string[], options: Options, command: string): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (e) {
    const err = e as { code?: string; message: string };
    const opt = /'(-{1,2}[^' ]+)/.exec(err.message)?.[1];
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new UsageError(`unknown option ${opt ?? ''}`.trim(), `see "pause ${command} --help"`);
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const expectsValue = /argument missing/.test(err.message);
      throw new UsageError(
        expectsValue ? `option ${opt ?? ''} needs a value` : `option ${opt ?? ''} does not take a value`,
        `see "pause ${command} --help"`,
      );
    }
    throw new UsageError(err.message.split('\n')[0] ?? 'bad arguments', `see "pause ${command} --help"`);
  }
}
