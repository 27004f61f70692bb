import type { Policy } from '@pause/core';
import type { DraftInput } from '../lib/draft.ts';
import type { CheckResult, EngineRequest, EngineResponse, RuleInfo } from './protocol.ts';

type Pending = { resolve(r: EngineResponse): void };

/** A check that a newer one of the same lane overtook: its answer is dropped. */
export const STALE = Symbol('stale');

/**
 * The page's handle on the engine worker. Each lane (a text box) only ever receives the answer to
 * its newest request: an older answer arriving late resolves to STALE and is ignored, so the
 * underlines never go back to an earlier text (latest request wins).
 */
export class EngineClient {
  private readonly worker: Worker;
  private seq = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly latest = new Map<string, number>();
  private rulesPromise: Promise<RuleInfo[]> | undefined;

  constructor() {
    this.worker = new Worker(new URL('../engine.worker.ts', import.meta.url), { type: 'module', name: 'pause-engine' });
    this.worker.addEventListener('message', (e: MessageEvent<EngineResponse>) => {
      const p = this.pending.get(e.data.seq);
      this.pending.delete(e.data.seq);
      p?.resolve(e.data);
    });
  }

  private send(req: EngineRequest): Promise<EngineResponse> {
    return new Promise((resolve) => {
      this.pending.set(req.seq, { resolve });
      this.worker.postMessage(req);
    });
  }

  /** Assesses a draft; resolves to STALE when a newer check of the same lane was asked for meanwhile. */
  async check(lane: string, draft: DraftInput, policy: Policy): Promise<CheckResult | typeof STALE> {
    const seq = ++this.seq;
    this.latest.set(lane, seq);
    const res = await this.send({ kind: 'check', seq, lane, draft, policy });
    if (res.kind === 'stale' || this.latest.get(lane) !== seq) return STALE;
    if (res.kind === 'error') throw new Error(res.message);
    if (res.kind !== 'check') throw new Error(`unexpected engine answer ${res.kind}`);
    return { assessment: res.assessment, reasons: res.reasons, titles: res.titles, ms: res.ms };
  }

  /** The engine's rules (for the settings and reflection pages), asked once. */
  rules(): Promise<RuleInfo[]> {
    this.rulesPromise ??= this.send({ kind: 'rules', seq: ++this.seq }).then((res) => {
      if (res.kind !== 'rules') throw new Error('the engine did not list its rules');
      return res.rules;
    });
    return this.rulesPromise;
  }
}

let shared: EngineClient | undefined;
/** The one engine worker of the page, started on first use. */
export function engine(): EngineClient {
  shared ??= new EngineClient();
  return shared;
}
