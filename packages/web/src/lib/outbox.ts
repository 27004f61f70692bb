import type { Assessment } from '@pause/core';
import { api } from './api.ts';
import type { DraftInput } from './draft.ts';

/** A held draft (the server's OutboxItem). */
export interface OutboxItem {
  id: string;
  draft: DraftInput;
  releaseAt: string;
  createdAt: string;
  status: 'held' | 'due' | 'released';
  /** At hold time. */
  assessment: Assessment;
  /** When due or released: the check made again with the settings of the day. */
  recheck?: Assessment;
}

/** Every held draft: the server answers a page at a time (newest release first), so follow its cursor. */
async function listAll(): Promise<OutboxItem[]> {
  const items: OutboxItem[] = [];
  let cursor: string | undefined;
  do {
    const page = await api<{ items: OutboxItem[]; next?: string }>(
      'GET',
      `/outbox${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    items.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return items;
}

export const outbox = {
  list: listAll,
  hold: (draft: DraftInput, releaseAt: string) => api<OutboxItem>('POST', '/outbox', { draft, releaseAt }),
  reschedule: (id: string, releaseAt: string) =>
    api<OutboxItem>('PATCH', `/outbox/${encodeURIComponent(id)}`, { releaseAt }),
  release: (id: string) => api<OutboxItem>('POST', `/outbox/${encodeURIComponent(id)}/release`),
  remove: (id: string) => api<void>('DELETE', `/outbox/${encodeURIComponent(id)}`),
};
