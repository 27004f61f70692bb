import { useEffect, useRef, useState } from 'preact/hooks';
import { setAnnouncer } from './lib/announce.ts';
import { onLinkClick, PAGES, usePath } from './lib/router.ts';
import { AuditPage } from './pages/Audit.tsx';
import { ComposePage } from './pages/Compose.tsx';
import { InboundPage } from './pages/Inbound.tsx';
import { OutboxPage } from './pages/Outbox.tsx';
import { ReflectionPage } from './pages/Reflection.tsx';
import { SettingsPage } from './pages/Settings.tsx';
import { SettingsProvider } from './state/settings.tsx';

function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(true),
      off = () => setOnline(false);
    addEventListener('online', on);
    addEventListener('offline', off);
    return () => {
      removeEventListener('online', on);
      removeEventListener('offline', off);
    };
  }, []);
  return online;
}

/** The shell: skip link, header and navigation, the page, a footer, and the one polite live region. */
export function App() {
  const path = usePath();
  const online = useOnline();
  const [announcement, setAnnouncement] = useState('');
  const first = useRef(true);
  useEffect(() => {
    setAnnouncer(setAnnouncement);
    return () => setAnnouncer(undefined);
  }, []);
  useEffect(() => {
    const page = PAGES.find((p) => p.path === path) ?? PAGES[0];
    document.title = page.path === '/' ? 'Pause: check a draft' : `${page.title} · Pause`;
    // After a move between pages, take keyboard and screen-reader users to the new page's heading.
    if (!first.current) document.getElementById('page-title')?.focus();
    first.current = false;
  }, [path]);

  return (
    <SettingsProvider>
      <a class="skip-link" href="#main">
        Skip to main content
      </a>
      <header class="site-header">
        <a class="brand" href="/" onClick={onLinkClick}>
          <img src="/icons/icon.svg" alt="" width={28} height={28} /> Pause
        </a>
        <nav aria-label="Main">
          <ul class="nav">
            {PAGES.map((p) => (
              <li>
                <a href={p.path} onClick={onLinkClick} aria-current={path === p.path ? 'page' : undefined}>
                  {p.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {path === '/inbound' ? (
          <InboundPage />
        ) : path === '/outbox' ? (
          <OutboxPage />
        ) : path === '/audit' ? (
          <AuditPage />
        ) : path === '/reflection' ? (
          <ReflectionPage />
        ) : path === '/settings' ? (
          <SettingsPage />
        ) : (
          <ComposePage />
        )}
      </main>
      <footer class="site-footer">
        {!online ? (
          <p class="offline" role="status">
            You are offline. Checking still works; the outbox and audits need the Pause server.
          </p>
        ) : null}
        <p>
          Pause checks drafts in this browser against “The pitfalls of social media usage and how to avoid them”
          (Londonwide LMCs). Nothing you type is sent anywhere unless you hold it in the outbox.
        </p>
      </footer>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" id="announcer">
        {announcement}
      </div>
    </SettingsProvider>
  );
}
