import { render } from 'preact';
import { App } from './app.tsx';
import { navigate } from './lib/router.ts';
import { offerShared, sharedDraftText } from './lib/share.ts';
import { captureToken } from './lib/token.ts';
import '@pause/ui/card.css';
import './styles.css';

// An access token in the address (#token=…) moves to this tab's sessionStorage and leaves the address bar.
const stripped = captureToken(location, sessionStorage);
if (stripped !== undefined) history.replaceState(null, '', stripped);

// A share from another app: prefill the compose box, then show the plain address so a reload does not share again.
if (location.pathname.replace(/\/+$/, '') === '/share') {
  offerShared(sharedDraftText(location.search));
  navigate('/', true);
}

render(<App />, document.getElementById('app')!);

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      /* the app works without it, only not offline */
    });
  });
}
