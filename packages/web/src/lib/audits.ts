import { api, ApiError, authHeaders, OFFLINE_MESSAGE } from './api.ts';

export interface AuditStatus {
  id: string;
  filename: string;
  status: 'running' | 'done' | 'failed';
  progress?: { items: number; itemsPerSecond: number; bytesRead?: number; bytesTotal?: number };
  error?: string;
  createdAt: string;
  summary?: {
    items: number;
    flagged: number;
    byCategory: Record<string, number>;
    /** Items read as yours, and who sent the others (most first): none of yours means "me" was not named. */
    mine?: number;
    others?: Array<{ author: string; items: number }>;
  };
}

export interface AuditOptions {
  /** Your names in the archive (comma separated), so only your own messages are judged. */
  me?: string;
  /** YYYY-MM-DD: skip anything older. */
  since?: string;
  tz?: string;
}

/**
 * Streams the file to the server with XMLHttpRequest, because fetch() cannot report upload progress;
 * resolves to the new audit's id (202 { id }).
 */
export function uploadAudit(
  file: File,
  options: AuditOptions,
  onProgress: (sent: number, total: number) => void,
): Promise<string> {
  const q = new URLSearchParams({ filename: file.name });
  if (options.me?.trim()) q.set('me', options.me.trim());
  if (options.since) q.set('since', options.since);
  if (options.tz) q.set('tz', options.tz);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/audits?${q}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    for (const [k, v] of Object.entries(authHeaders())) xhr.setRequestHeader(k, v);
    xhr.upload.addEventListener('progress', (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size));
    xhr.addEventListener('error', () => reject(new ApiError('offline', OFFLINE_MESSAGE)));
    xhr.addEventListener('load', () => {
      let body: { id?: string; error?: { code?: string; message?: string; field?: string } } = {};
      try {
        body = JSON.parse(xhr.responseText || '{}');
      } catch {
        /* not JSON */
      }
      if (xhr.status === 202 && body.id) resolve(body.id);
      else
        reject(
          new ApiError(
            body.error?.code ?? 'internal',
            body.error?.message ?? `The server answered ${xhr.status}.`,
            xhr.status,
            body.error?.field,
          ),
        );
    });
    xhr.send(file);
  });
}

export const audits = {
  list: () => api<{ items: AuditStatus[] }>('GET', '/audits').then((r) => r.items),
  get: (id: string) => api<AuditStatus>('GET', `/audits/${encodeURIComponent(id)}`),
  remove: (id: string) => api<void>('DELETE', `/audits/${encodeURIComponent(id)}`),
  reportUrl: (id: string) => `/api/v1/audits/${encodeURIComponent(id)}/report`,
  download: downloadReport,
};

/**
 * Saves a finished audit's findings (CSV, one row each) or summary (JSON) as a file. Fetched with the
 * access token when there is one (a plain link could not send it), then handed to the browser to save.
 */
async function downloadReport(id: string, kind: 'csv' | 'json'): Promise<void> {
  const r = await fetch(`/api/v1/audits/${encodeURIComponent(id)}/report.${kind}`, { headers: authHeaders() });
  if (!r.ok) throw new Error(`The ${kind.toUpperCase()} file could not be downloaded (${r.status}).`);
  const url = URL.createObjectURL(await r.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = `pause-audit-${id}.${kind}`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
