/**
 * The content script: finds the site's adapter, shows the quiet-hours page when it is due, and
 * watches the compose box the user is writing in. Text is read and checked only while a box has
 * the focus or holds a draft; nothing is sent anywhere but to Pause's own service worker.
 */
import { loadSettings, onSettingsChanged } from '../shared/settings.ts';
import { adapterFor } from '../sites/index.ts';
import { CARD_CSS } from './styles.ts';
import { layerStyle } from './layer.ts';
import { quietHours } from './quiet-hours.ts';
import { guardSends } from './send-guard.ts';
import { ComposeSession } from './session.ts';

function deepActiveElement(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

async function main(): Promise<void> {
  let settings = await loadSettings();
  const adapter = adapterFor(location, document, settings);
  if (!adapter) return;
  layerStyle('pause-card', CARD_CSS);
  void quietHours(adapter, settings);

  const sessions = new Map<HTMLElement, ComposeSession>();
  let current: ComposeSession | undefined;

  const watch = (target: EventTarget | null) => {
    if (!(target instanceof Element)) return;
    let box: HTMLElement | null;
    try {
      box = adapter.composeBox(target);
    } catch {
      box = null;
    }
    if (!box) return;
    for (const [el, s] of sessions) {
      if (!s.connected) {
        s.end();
        sessions.delete(el);
      }
    }
    let session = sessions.get(box);
    if (!session) {
      session = new ComposeSession(adapter, box, settings);
      sessions.set(box, session);
    }
    current = session;
  };

  // The focused element itself, even inside a shadow root (X's chat lives in one), not its host.
  document.addEventListener('focusin', (e) => watch(e.composedPath()[0] ?? e.target), true);
  watch(deepActiveElement());
  guardSends(() => current);
  onSettingsChanged((s) => {
    settings = s;
    for (const session of sessions.values()) session.applySettings(s);
  });
}

void main();
