export { DraftBuilder, Identity, DEFAULT_TIME_ZONE, type BuiltDraft, type DraftOptions } from './draft.js';
export {
  Aggregator,
  LocalClock,
  compareRisk,
  type AggregateOptions,
  type AuditSummary,
  type MonthRow,
  type SpiralThread,
  type TopFinding,
  type TopItem,
} from './aggregate.js';
export { aboveInfo, judge, type Judged } from './judge.js';
export { boundHeapGrowth } from './heap.js';
export {
  auditItems,
  runAudit,
  defaultWorkerFile,
  AuditLimitError,
  DEFAULT_MAX_ITEMS,
  type AuditOptions,
  type AuditResult,
  type AuditRun,
} from './run.js';
export {
  renderHtml,
  toJson,
  toCsv,
  csvHeader,
  csvRows,
  csvField,
  escapeHtml,
  markedText,
  heatmapSvg,
  timelineSvg,
  CSV_HEADER,
  type CsvItem,
  type ReportOptions,
} from './report.js';
