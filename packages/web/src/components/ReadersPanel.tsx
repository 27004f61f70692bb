import type { Reader, ReaderView } from '@pause/core';

export const READER_LABEL: Record<Reader, string> = {
  patient: 'A patient',
  colleague: 'A colleague',
  employer: 'Your employer or partners',
  'nhs-england': 'NHS England',
  gmc: 'The GMC',
  police: 'A police officer',
  judge: 'A judge',
};
const ORDER: Reader[] = ['patient', 'colleague', 'employer', 'nhs-england', 'gmc', 'police', 'judge'];

/** The guidance's final test: would each of the seven readers be content to read it? */
export function ReadersPanel({
  readers,
  reasons,
}: {
  readers: Record<Reader, ReaderView>;
  reasons: Record<Reader, string[]>;
}) {
  return (
    <section class="panel readers" aria-labelledby="readers-title">
      <h2 id="readers-title">Who would object?</h2>
      <ul class="reader-list">
        {ORDER.map((r) => {
          const objects = readers[r] === 'objects';
          return (
            <li key={r} class={objects ? 'reader objects' : 'reader fine'} data-reader={r}>
              <span class="reader-mark" aria-hidden="true">
                {objects ? '✗' : '✓'}
              </span>
              <span class="reader-name">{READER_LABEL[r]}</span>{' '}
              <span class="reader-view">{objects ? 'would object' : 'fine'}</span>
              {objects && reasons[r].length ? (
                <ul class="reader-reasons">
                  {reasons[r].map((why) => (
                    <li>{why}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
