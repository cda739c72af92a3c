/**
 * One composer's analyses, asked of the worker: only the report for what was asked last is taken. A report that comes
 * back after a newer analysis was asked for (the draft changed, or the settings) is for a draft that is gone: dropped.
 */
interface Asked<Reply> {
  key: string;
  done: Promise<Reply | null>;
}

export class LatestAnalysis<Input, Reply> {
  private asked: Asked<Reply> | undefined;

  constructor(private readonly send: (input: Input) => Promise<Reply>) {}

  /** The key of the analysis on its way, if one is. */
  get pending(): string | undefined {
    return this.asked?.key;
  }

  /**
   * Asks for the analysis of `input`, whose `key` says what it is of; the same key on its way is not asked again.
   * Resolves with the reply, or null if a newer one was asked for, or `drop` called, before it came back. A failed
   * send rejects, unless it was dropped too.
   */
  ask(key: string, input: Input): Promise<Reply | null> {
    if (this.asked?.key === key) return this.asked.done;
    const asked: Asked<Reply> = {
      key,
      done: this.send(input).then(
        (reply) => (this.take(asked) ? reply : null),
        (error: unknown) => {
          if (this.take(asked)) throw error;
          return null;
        },
      ),
    };
    this.asked = asked;
    return asked.done;
  }

  /** Whatever is on its way is dropped when it comes back. */
  drop(): void {
    this.asked = undefined;
  }

  private take(asked: Asked<Reply>): boolean {
    if (this.asked !== asked) return false;
    this.asked = undefined;
    return true;
  }
}
