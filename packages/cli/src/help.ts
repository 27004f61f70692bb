/** Usage texts. Kept free of imports so `pause --help` starts instantly. */

export const MAIN_HELP = `pause: read a draft post or message before you send it

Usage
  pause check "text" [options]     check a draft (or pipe the text on stdin)
  pause check --jsonl              check many drafts: one JSON Draft a line on stdin
  pause rules [id]                 list the rules, or show one in full
  pause audit <export>...          check archives of past posts and messages; writes an HTML report
  pause serve [options]            run the web app and its API on this machine (http://127.0.0.1:4711/)
  pause forget [--yes]             erase everything Pause stored on this machine (held drafts, settings, reports)
  pause help [command]             show help
  pause --version                  show the version

Exit codes
  0  verdict post: nothing above a reminder (audit: nothing flagged)
  1  verdict review or hold (audit: something flagged)
  2  bad usage or input

Run "pause check --help", "pause audit --help" or "pause serve --help" for their options.
`;

export const CHECK_HELP = `pause check: assess one draft and explain what a reader would object to

Usage
  pause check "text" [options]
  echo "text" | pause check [options]
  pause check --draft draft.json [options]
  pause check --jsonl < drafts.jsonl > assessments.jsonl

Draft fields
  --channel <c>       public-post (default), reply, group-chat, direct-message, email, comment
  --platform <p>      x, bluesky, threads, mastodon, facebook, instagram, linkedin, tiktok, youtube,
                      whatsapp, signal, telegram, slack, teams, email, blog, other
  --at <time>         when it is written: ISO 8601 with offset (2026-11-23T02:14:00+00:00),
                      or HH:MM / YYYY-MM-DDTHH:MM in the draft's zone (default: now)
  --tz <zone>         IANA time zone for local-time rules (default Europe/London)
  --mood <m>          how you feel: calm, upset, angry, tired
  --direction <d>     outbound (default) or inbound (a message someone sent you)
  --draft <file>      a whole Draft as JSON; the flags above override its fields
  --attach <file>     a photo, screenshot or video that goes with the draft (repeatable). Only
                      its metadata is read (kind, name, GPS location, time taken, camera);
                      the file is never sent anywhere

Settings and output
  --policy <file>     a policy JSON: severity, allow, quietHours, sensitivity
  --json              print the Assessment as JSON
  --jsonl             read Drafts one JSON a line on stdin, write Assessments one a line
                      (flags give defaults for fields a line leaves out; blank lines are skipped;
                      a bad line gives {"error": "..."} on its line)
  --no-color          no colours (also when NO_COLOR is set or stdout is not a terminal)
  -h, --help          show this help

Exit codes
  0  verdict post    1  review or hold (with --jsonl: any draft not post, or a bad line)
  2  bad usage or input
`;

export const RULES_HELP = `pause rules: the checks Pause makes

Usage
  pause rules            every rule: id, default severity and what it looks for, by category
  pause rules <id>       one rule in full: why it matters, the guidance it rests on, examples
  pause rules --json     the rules' metadata as JSON

Options
  --json                 JSON instead of text
  --no-color             no colours
  -h, --help             show this help
`;

export const AUDIT_HELP = `pause audit: find the posts and messages in an exported archive that could hurt you

Usage
  pause audit <export>... [options]
  pause audit twitter-2025.zip --me drsam
  pause audit "WhatsApp Chat with Practice team.txt" --me "Dr Sam" --out team.html
  pause audit twitter-2025.zip "WhatsApp Chat with Practice team.txt" --me drsam --me "Dr Sam"
  pause audit export.zip --json > summary.json

<export> is the file or folder a service gave you: an X/Twitter archive, Facebook, Instagram,
WhatsApp (.txt or .zip), Slack, Telegram (result.json), LinkedIn, Mastodon, Bluesky (.car), or a
generic .csv / .jsonl. Give several (up to 20) for one report over all of them. Everything runs on
this machine; nothing is sent anywhere.

Options
  -o, --out <file>     the HTML report (default ./pause-audit.html; replaced if it exists)
  --json               print the summary as JSON on stdout (no HTML unless --out is given)
  --csv                print one CSV row per finding on stdout: date, platform, id, url, rule,
                       severity, excerpt, message (no HTML unless --out is given)
  --since <date>       skip items before this date (YYYY-MM-DD, or ISO 8601 with an offset)
  --me <name>          your name or handle in the export (repeatable), so that your own messages
                       are told from those sent to you; needed for chats, which name every sender:
                       without it (or if it matches no one) the audit stops with exit 2 and lists
                       the senders
  --tz <zone>          IANA time zone for the hours and months, and for exports whose times
                       carry no zone (default Europe/London)
  --format <id>        read the export as this format instead of detecting it
  --text-field <name>  generic CSV / JSONL: the column holding the text (default "text")
  --time-field <name>  generic CSV / JSONL: the column holding the time
  --max-items <n>      most items one audit reads (default 2,000,000); an export with more stops
                       with an error rather than run for hours
  --workers <n>        worker threads for the engine (1 = none); by default an export of 8 MB or
                       more uses up to 4 on a machine with several cores. The report is the same.
  -h, --help           show this help

A progress line (items, items/s, share of the export read, time left) is shown on
stderr when it is a terminal.

Exit codes
  0  nothing flagged    1  something flagged    2  bad usage, or an export that cannot be read
`;

export const SERVE_HELP = `pause serve: the Pause web app and its API, on this machine

Usage
  pause serve [options]
  pause serve --port 0 --data ./pause-data
  PAUSE_TOKEN=... pause serve --host 0.0.0.0

Prints one line with the address to open, then runs until Ctrl+C (or SIGTERM).
The web app checks drafts inside the browser; the server keeps the outbox, settings and
audit reports in a SQLite database in the data folder.

Options
  --port <n>         port to listen on (default 4711; 0 picks any free port)
  --host <addr>      address to listen on (default 127.0.0.1, this machine only). Any address
                     other than 127.0.0.1, ::1 or localhost needs an access token
  --data <dir>       data folder (default $PAUSE_DATA, else ~/.pause), private to you
  --token <t>        access token (or the PAUSE_TOKEN environment variable), at least 8 characters;
                     every API request must then send "Authorization: Bearer <t>". The address
                     printed at start carries it as #token=<t> for the web app
  --allow-host <name>
                     also answer to this host name (repeatable). Without a token the server
                     answers only to localhost and loopback addresses, so that a web page that
                     points its own name at this machine cannot read your drafts
  --max-upload <mb>  largest export an audit accepts, in megabytes (default 512)
  --log              log each request (method, path, status, time) on stderr; never bodies,
                     drafts or query text
  -h, --help         show this help

Exit codes
  0  stopped cleanly    2  bad usage: an unknown option, a bad port, a port in use,
                           or an address other than loopback without a token
`;

export const FORGET_HELP = `pause forget: erase everything Pause stored on this machine

Usage
  pause forget                  list what is stored, then ask before erasing
  pause forget --yes            erase without asking
  pause forget --data ./pause-data --yes

Removes the held drafts, settings and audit list (the database), the audit reports and any
unfinished uploads from the data folder, and the folder itself when nothing else is left in it.
Only files Pause made are removed. Stop "pause serve" first: it keeps the database open.
Drafts you checked were never stored, so there is nothing else to erase.

Options
  --data <dir>   data folder (default $PAUSE_DATA, else ~/.pause)
  -y, --yes      do not ask (needed when there is no terminal to ask on)
  -h, --help     show this help

Exit codes
  0  erased, or nothing to erase    1  you answered no    2  bad usage, or no --yes without a terminal
`;
