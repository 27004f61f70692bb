/** The card's and badge's styles, inside Pause's shadow layer (the page's CSS cannot reach them). */
export const CARD_CSS = `
:host { all: initial; }
.anchor { position: fixed; pointer-events: none; }
.badge { pointer-events: auto; position: absolute; right: 6px; bottom: 6px; min-width: 22px; height: 22px;
  border-radius: 11px; border: 2px solid #fff; font: 700 12px/18px system-ui, sans-serif; color: #fff;
  cursor: pointer; padding: 0 5px; box-shadow: 0 1px 3px rgb(0 0 0 / .35); }
.badge:focus-visible, .card button:focus-visible { outline: 3px solid #1d70b8; outline-offset: 2px; }
.v-hold { background: #b3122a; } .v-review { background: #a35200; } .v-post { background: #0a6b43; }
.badge.checking { opacity: .75; }
.card-place { position: fixed; display: flex; flex-direction: column; }
.card { pointer-events: auto; max-height: 100%; overflow: auto; min-height: 0; background: #fff; color: #1a1a1a; border-radius: 10px;
  box-shadow: 0 6px 24px rgb(0 0 0 / .28); font: 14px/1.45 system-ui, sans-serif; text-align: left; }
.banner { display: flex; gap: 8px; align-items: baseline; padding: 10px 12px; color: #fff; border-radius: 10px 10px 0 0;
  position: sticky; top: 0; }
.banner strong { font-size: 16px; } .banner span { flex: 1; }
.close { background: none; border: 0; color: inherit; font-size: 20px; line-height: 1; cursor: pointer; padding: 0 4px; }
.notice, .stopped { margin: 8px 12px; padding: 6px 8px; border-radius: 6px; background: #eef6f0; }
.stopped { background: #fdf0ee; }
.findings { list-style: none; margin: 0; padding: 0 12px; }
.finding { border-bottom: 1px solid #e3e6e6; padding: 8px 0; }
.finding .line { display: flex; gap: 6px; align-items: baseline; }
.sev { font: 700 11px/1 system-ui, sans-serif; text-transform: uppercase; padding: 3px 5px; border-radius: 4px; color: #fff; }
.sev-stop .sev { background: #b3122a; } .sev-caution .sev { background: #a35200; } .sev-info .sev { background: #2a6fb0; }
.what { flex: 1; overflow-wrap: anywhere; } .what q { font-weight: 700; } .title { color: #3a3a3a; }
.details code { font-size: 12px; }
.msg, .tip, .why { margin: 4px 0; } .why { color: #4a4a4a; font-size: 13px; }
.link { background: none; border: 0; color: #1d5fa0; text-decoration: underline; cursor: pointer; font: inherit; padding: 0; }
.fix, .actions button, .held button, .reply button { font: 600 13px/1.2 system-ui, sans-serif; border-radius: 6px;
  border: 1px solid #0a5c63; background: #0a5c63; color: #fff; padding: 7px 10px; cursor: pointer; margin: 4px 6px 0 0; }
.fix { background: #fff; color: #0a5c63; }
button:disabled { opacity: .55; cursor: default; }
.actions { display: flex; flex-wrap: wrap; padding: 4px 12px 8px; border-bottom: 1px solid #e3e6e6; }
.actions .anyway { background: #fff; color: #1a1a1a; border-color: #8a8a8a; margin-left: auto; }
.readers { list-style: none; display: flex; flex-wrap: wrap; gap: 4px; margin: 8px 12px 0; padding: 0; }
.readers li { font-size: 12px; border-radius: 10px; padding: 2px 8px; border: 1px solid #c9cfcf; color: #4a4a4a; }
.readers li.objects { background: #fdf0ee; border-color: #b3122a; color: #7d0c1d; font-weight: 600; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.held, .reply { margin: 8px 12px; padding: 8px; border: 1px solid #c9cfcf; border-radius: 8px; }
.r-urgent { border-color: #b3122a; background: #fdf0ee; }
.reply-title { font-weight: 700; margin: 0 0 4px; } .reply-text { margin: 0; white-space: pre-wrap; }
@media (prefers-color-scheme: dark) {
  .card { background: #1e2324; color: #eceeee; }
  .finding { border-color: #3a4142; } .why { color: #b8bfbf; }
  .notice { background: #203a2a; } .stopped, .readers li.objects, .r-urgent { background: #3b1d1d; color: #ffd9d9; }
  .link { color: #8cc4ff; } .title { color: #d0d6d6; } .fix { background: #1e2324; color: #8fd3d9; border-color: #8fd3d9; }
  .actions .anyway { background: #1e2324; color: #eceeee; }
  .readers li { color: #c9cfcf; border-color: #566; }
}
`;
