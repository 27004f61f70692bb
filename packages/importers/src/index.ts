export type { ArchivedItem } from './types.js';
