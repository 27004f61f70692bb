/** A problem with how the command was called or with its input: one line on stderr, exit 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

export const EXIT = { post: 0, review: 1, hold: 1, usage: 2 } as const;
