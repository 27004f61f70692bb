import cardCss from '@pause/ui/card.css?inline';

/**
 * The badge's and the card's styles, inside Pause's shadow layer (the page's CSS cannot reach them):
 * the shared verdict card's own (card.css), then what only the extension has: the badge, the card
 * floating beside the compose box, and the stopped send's choices, held drafts and replies.
 */
export const CARD_CSS = `${cardCss}
:host { all: initial; }
.anchor { position: fixed; pointer-events: none; }
.badge { pointer-events: auto; position: absolute; right: 6px; bottom: 6px; min-width: 22px; height: 22px;
  border-radius: 11px; border: 2px solid #fff; font: 700 12px/18px system-ui, sans-serif; color: #fff;
  cursor: pointer; padding: 0 5px; box-shadow: 0 1px 3px rgb(0 0 0 / .35); }
.badge:focus-visible { outline: 3px solid #1d70b8; outline-offset: 2px; }
.v-hold { background: #b3122a; } .v-review { background: #a35200; } .v-post { background: #0a6b43; }
.badge.checking { opacity: .75; }
.card-place { position: fixed; display: flex; flex-direction: column; }
.card { pointer-events: auto; max-height: 100%; overflow: auto; min-height: 0; box-shadow: 0 6px 24px rgb(0 0 0 / .28); }
.card .pc-banner { position: sticky; top: 0; }
.notice, .stopped { margin: 8px 12px; padding: 6px 8px; border-radius: 6px; background: #eef6f0; }
.stopped { background: #fdf0ee; }
.actions button, .held button, .reply button { font: 600 13px/1.2 system-ui, sans-serif; border-radius: 6px;
  border: 1px solid #0a5c63; background: #0a5c63; color: #fff; padding: 7px 10px; cursor: pointer; margin: 4px 6px 0 0; }
.actions { display: flex; flex-wrap: wrap; padding: 4px 12px 8px; border-bottom: 1px solid #e3e6e6; }
.actions .anyway { background: #fff; color: #1a1a1a; border-color: #8a8a8a; margin-left: auto; }
.held, .reply { margin: 8px 12px; padding: 8px; border: 1px solid #c9cfcf; border-radius: 8px; }
.r-urgent { border-color: #b3122a; background: #fdf0ee; }
.reply-title { font-weight: 700; margin: 0 0 4px; } .reply-text { margin: 0; white-space: pre-wrap; }
@media (prefers-color-scheme: dark) {
  .notice { background: #203a2a; } .stopped, .r-urgent { background: #3b1d1d; color: #ffd9d9; }
  .actions { border-color: #3a4142; } .actions .anyway { background: #1e2324; color: #eceeee; }
}
`;
