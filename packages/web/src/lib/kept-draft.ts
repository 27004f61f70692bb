/**
 * The draft being written, kept in this browser's IndexedDB so that a reload or a closed tab does
 * not lose it. It stays on the device: nothing here reaches the server (a draft goes there only
 * when the user holds it). idb-keyval is used rather than hand-written IndexedDB calls: it is small,
 * well kept and handles the open/upgrade/transaction dance.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { type DraftFields, EMPTY_FIELDS } from './draft.ts';

/** What is kept: the fields, and the held draft they were reopened from, if any. */
export interface KeptDraft {
  fields: DraftFields;
  /** The Outbox item this draft was reopened from: holding it again replaces that item. */
  heldId?: string;
}

const KEY = 'compose';
const SAVE_AFTER_MS = 300;
let store: UseStore | undefined;
const db = () => (store ??= createStore('pause-drafts', 'drafts'));

const isFields = (v: unknown): v is DraftFields =>
  typeof v === 'object' &&
  v !== null &&
  Object.entries(EMPTY_FIELDS).every(([k, d]) => typeof (v as Record<string, unknown>)[k] === typeof d);

/** The kept draft, or undefined when there is none, it is unreadable, or IndexedDB is unavailable. */
export async function loadKeptDraft(): Promise<KeptDraft | undefined> {
  try {
    const v = (await get(KEY, db())) as Partial<KeptDraft> | undefined;
    if (!v || !isFields(v.fields) || !v.fields.text.trim()) return undefined;
    return { fields: v.fields, ...(typeof v.heldId === 'string' ? { heldId: v.heldId } : {}) };
  } catch {
    return undefined;
  }
}

/** Keeps the draft (an empty one is forgotten). Failures are ignored: the draft is still on screen. */
export async function saveKeptDraft(kept: KeptDraft): Promise<void> {
  try {
    if (kept.fields.text.trim()) await set(KEY, kept, db());
    else await del(KEY, db());
  } catch {
    // Private browsing or storage turned off: the draft lives only as long as the page.
  }
}

// The draft also outlives a visit to another page of the app, in memory.
let remembered: KeptDraft | undefined;

/** The draft as Check last left it (or as the Outbox reopened it), in this page's memory. */
export function rememberedDraft(): KeptDraft | undefined {
  return remembered;
}

/**
 * Remembers the draft in memory from the input handler itself: an effect runs after the next frame, and
 * leaving Check within it (a quick click on the Outbox) must not leave the Outbox thinking Check is empty.
 */
export function noteDraft(kept: KeptDraft): void {
  remembered = kept;
}

/**
 * Remembers the draft at once in memory and, shortly after the typing stops, on the device. Returns
 * a cancel function (an effect's cleanup): the next keystroke replaces the pending save.
 */
export function rememberDraft(kept: KeptDraft): () => void {
  remembered = kept;
  // An emptied box (a held or cleared draft) is forgotten at once, not after a pause.
  const timer = setTimeout(() => void saveKeptDraft(kept), kept.fields.text.trim() ? SAVE_AFTER_MS : 0);
  return () => clearTimeout(timer);
}

/** Opens a held draft in Check: it replaces whatever Check holds, in memory and on the device. */
export async function reopenDraft(kept: KeptDraft): Promise<void> {
  remembered = kept;
  await saveKeptDraft(kept);
}

/** Whether Check has an unsent draft (in memory, or kept from before a reload) that reopening another would replace. */
export async function hasUnsentDraft(): Promise<boolean> {
  if (remembered) return Boolean(remembered.fields.text.trim());
  return (await loadKeptDraft()) !== undefined;
}

/** Forgets the draft, in memory and on the device ("Delete all my data"). */
export async function forgetDraft(): Promise<void> {
  remembered = undefined;
  try {
    await del(KEY, db());
  } catch {
    // Nothing was kept.
  }
}
