import type { Attachment } from '@pause/core';
import { describePicture, HEAD_BYTES, PictureError, TAIL_BYTES, wantsTail } from '@pause/importers/picture';
import { formatWhen } from '@pause/ui';
import { useRef, useState } from 'preact/hooks';

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

/** "sunset.jpg" → "sunset-no-location.jpg". */
const cleanName = (name: string) => `${name.replace(/\.[^./\\]{1,5}$/, '')}-no-location.jpg`;

/**
 * A copy of a picture without its metadata: drawn onto a canvas and encoded again as a JPEG, which keeps
 * the pixels and nothing else (no EXIF, so no location). Done in the page; the file goes nowhere.
 */
async function withoutMetadata(file: File): Promise<Blob> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.92));
  if (!blob) throw new Error('the copy could not be made');
  return blob;
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
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
  // The files added in this visit, by position, kept in memory only so a clean copy can be made.
  const files = useRef<Array<File | undefined>>([]);

  const saveClean = async (i: number) => {
    const file = files.current[i];
    const a = attachments[i];
    if (!file || !a) return;
    try {
      const name = cleanName(file.name);
      download(await withoutMetadata(file), name);
      // The draft now goes with the clean copy.
      onChange(attachments.map((x, k) => (k === i ? { kind: 'image', name, format: 'jpeg', hasLocation: false } : x)));
      files.current[i] = undefined;
      setProblem(undefined);
    } catch {
      setProblem(
        `${file.name}: this browser cannot re-save this picture; use "remove location" in your phone's share menu`,
      );
    }
  };

  const add = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    setProblem(undefined);
    setReading(true);
    const described: Attachment[] = [];
    const kept: File[] = [];
    const failed: string[] = [];
    for (const file of [...list].slice(0, Math.max(0, MAX_PHOTOS - attachments.length))) {
      try {
        described.push(await read(file));
        kept.push(file);
      } catch (e) {
        failed.push(`${file.name}: ${e instanceof PictureError ? e.message : 'it could not be read'}`);
      }
    }
    if (list.length > MAX_PHOTOS - attachments.length)
      failed.push(`at most ${MAX_PHOTOS} photos can go with one draft`);
    setReading(false);
    if (failed.length) setProblem(failed.join('; '));
    if (described.length) {
      // Aligned with the attachments: photos restored from a saved draft have no file in this visit.
      files.current = [...Array.from({ length: attachments.length }, (_, k) => files.current[k]), ...kept];
      onChange([...attachments, ...described]);
    }
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
              {typeof a.takenAt === 'string' && Number.isFinite(Date.parse(a.takenAt)) ? (
                <span class="photo-meta">taken {formatWhen(Date.parse(a.takenAt))}</span>
              ) : null}
              {a.hasLocation && a.kind === 'image' && files.current[i] ? (
                <button type="button" class="button small" onClick={() => void saveClean(i)}>
                  Save a copy without the location
                </button>
              ) : null}
              <button
                type="button"
                class="button small quiet"
                aria-label={`Remove ${a.name ?? 'the photo'}`}
                onClick={() => {
                  files.current = files.current.filter((_, k) => k !== i);
                  onChange(attachments.filter((_, k) => k !== i));
                }}
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
