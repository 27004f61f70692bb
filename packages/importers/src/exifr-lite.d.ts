/** exifr's "lite" build has the same API as the package's main entry (its own types cover only that). */
declare module 'exifr/dist/lite.esm.mjs' {
  import exifr from 'exifr';
  export default exifr;
}
