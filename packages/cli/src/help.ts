/** Usage texts. Kept free of imports so `pause --help` starts instantly. */

export const MAIN_HELP = `pause: read a draft post or message before you send it

Usage
  pause check "text" [options]     check a draft (or pipe the text on stdin)
  pause check --jsonl              check many drafts: one JSON Draft a line on stdin
  pause rules [id]                 list the rules, or show one in full
  pause help [command]             show help
  pause --version                  show the version

Not available yet
  pause audit <export>             check an archive of past posts (coming in a later release)
  pause serve                      run the local web app and API (coming in a later release)

Exit codes
  0  verdict post: nothing above a reminder
  1  verdict review or hold
  2  bad usage or input

Run "pause check --help" for the options of check.
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
