/** Types for jpeg.mjs (the test-picture builder). */
export function makeJpeg(options?: {
  exif?: boolean;
  make?: string;
  model?: string;
  takenAt?: string;
  offsetTime?: string;
  gps?: { latitude: number; longitude: number };
}): Buffer;
export function fixtures(): Record<string, Buffer>;
