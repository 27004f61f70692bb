import { useEffect, useState } from 'preact/hooks';

/** The app's pages (hash-free paths; the server falls back to index.html for them). */
export const PAGES = [
  { path: '/', label: 'Check', title: 'Check a draft' },
  { path: '/inbound', label: 'Received', title: 'A message you received' },
  { path: '/outbox', label: 'Outbox', title: 'Outbox' },
  { path: '/audit', label: 'Audit', title: 'Audit an archive' },
  { path: '/reflection', label: 'Reflection', title: 'Reflection' },
  { path: '/settings', label: 'Settings', title: 'Settings' },
] as const;

export type PagePath = (typeof PAGES)[number]['path'] | '/share';

const listeners = new Set<() => void>();

export function currentPath(): PagePath {
  const p = location.pathname.replace(/\/+$/, '') || '/';
  return (PAGES.some((x) => x.path === p) || p === '/share' ? p : '/') as PagePath;
}

/** Moves to a page without reloading (history.pushState), or replaces the entry. */
export function navigate(to: string, replace = false): void {
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  for (const l of listeners) l();
}

/** The current page; re-renders on navigate() and on the browser's back and forward. */
export function usePath(): PagePath {
  const [path, setPath] = useState(currentPath);
  useEffect(() => {
    const update = () => setPath(currentPath());
    listeners.add(update);
    addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      removeEventListener('popstate', update);
    };
  }, []);
  return path;
}

/** A click on an in-app link: handled here unless the user asked for a new tab or window. */
export function onLinkClick(e: MouseEvent): void {
  const a = e.currentTarget as HTMLAnchorElement | null;
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  navigate(a.getAttribute('href') ?? '/');
}
