/**
 * Messages between the content script (in the page) and the service worker (where the engine
 * runs). The engine is loaded once, in the worker; the page only ever sends the draft and gets
 * the Assessment back, so nothing heavy runs on the page's main thread.
 */
import type { Assessment, Draft } from '@pause/core';

/** A draft kept by "Hold until later", brought back at its release time. */
export interface HeldDraft {
  id: string;
  text: string;
  /** The adapter id and the page it was written on, to bring it back to the same place. */
  site: string;
  url: string;
  heldAt: number;
  releaseAt: number;
  /** Set when the alarm has fired: the draft is waiting to be reopened. */
  released?: boolean;
}

export type Request =
  | { kind: 'check'; draft: Partial<Draft> & { text: string } }
  | { kind: 'hold'; text: string; site: string; url: string; releaseAt: number }
  | { kind: 'released'; site: string }
  | { kind: 'reopened'; id: string }
  /** From the options page: the added sites changed; answered once their script is registered. */
  | { kind: 'sites-changed' };

/** The answer to a check: the Assessment and each finding's rule in a few words, or what went wrong. */
export type CheckAnswer = { assessment: Assessment; titles: Record<string, string> } | { error: string };

export type Response<R extends Request> = R extends { kind: 'check' }
  ? CheckAnswer
  : R extends { kind: 'hold' }
    ? { held: HeldDraft }
    : R extends { kind: 'released' }
      ? { drafts: HeldDraft[] }
      : { ok: true };

/** Sends a request to the service worker and waits for its answer. */
export function ask<R extends Request>(request: R): Promise<Response<R>> {
  return chrome.runtime.sendMessage(request) as Promise<Response<R>>;
}
