import type { Attachment } from '@pause/core';
import { describePicture, HEAD_BYTES, PictureError, TAIL_BYTES, wantsTail } from '@pause/importers/picture';
import { formatWhen } from '@pause/ui';
import { useState } from 'preact/hooks';

/** Most photos on one draft, as the CLI allows. */
const MAX_PHOTOS = 20;

/**
 * The photos a draft will carry, read in this page: only the first megabyte of each file (and a video's
 * last) is read, for its format and its EXIF block (where and when it was taken, the camera). The
 * picture itself is never shown to the engine, kept or sent anywhere: the draft carries what was read.
 */
async function read(file: File): Promise<Attachment> {
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const tail =
    file.size > HEAD_BYTES && wantsTail(head, file.name)
      ? new Uint8Array(await file.slice(Math.max(HEAD_BYTES, file.size - TAIL_BYTES)).arrayBuffer())
      : undefined;
  return describePicture(file.name, head, tail);
}

export function PhotoAttach({
  attachments,
  onChange,
}: {
  attachments: readonly Attachment[];
  onChange: (next: Attachment[]) => void;
}) {
  const [problem, setProblem] = useState<string>();
  const [reading, setReading] = useState(false);

  const add = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    setProblem(undefined);
    setReading(true);
    const described: Attachment[] = [];
    const failed: string[] = [];
    for (const file of [...files].slice(0, Math.max(0, MAX_PHOTOS - attachments.length))) {
      try {
        described.push(await read(file));
      } catch (e) {
        failed.push(`${file.name}: ${e instanceof PictureError ? e.message : 'it could not be read'}`);
      }
    }
    if (files.length > MAX_PHOTOS - attachments.length)
      failed.push(`at most ${MAX_PHOTOS} photos can go with one draft`);
    setReading(false);
    if (failed.length) setProblem(failed.join('; '));
    if (described.length) onChange([...attachments, ...described]);
  };

  return (
    <div class="photos">
      <label class="button small quiet photo-add">
        {attachments.length ? 'Add another photo' : 'Add a photo'}
        <input
          type="file"
          accept="image/*,video/*"
          multiple
          onChange={(e) => {
            const input = e.currentTarget;
            void add(input.files).finally(() => {
              input.value = '';
            });
          }}
        />
      </label>
      <span class="hint">
        {reading ? 'Reading…' : 'Only its name and metadata are checked, here: the photo is not uploaded or kept.'}
      </span>
      {problem ? (
        <p class="error" role="alert">
          {problem}
        </p>
      ) : null}
      {attachments.length ? (
        <ul class="photo-list" aria-label="Photos with this draft">
          {attachments.map((a, i) => (
            <li key={`${a.name}-${i}`} class={a.hasLocation ? 'located' : undefined}>
              <span class="photo-name">{a.name ?? 'photo'}</span>
              {a.hasLocation ? <strong class="photo-flag">carries its location</strong> : null}
              {typeof a.takenAt === 'string' ? (
                <span class="photo-meta">taken {a.takenAt.replace('T', ' ')}</span>
              ) : null}
              <button
                type="button"
                class="button small quiet"
                aria-label={`Remove ${a.name ?? 'the photo'}`}
                onClick={() => onChange(attachments.filter((_, k) => k !== i))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
