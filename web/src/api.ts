// The search-api's HTTP API as the browser uses it: session cookie, CSRF header on unsafe requests,
// RFC 7807 problem details turned into ApiError.

export interface Region { area?: string; province?: string; city?: string }
export interface Industry { code?: string; name?: string; raw?: string }
export interface Customer {
  name?: string; type?: string; tier?: string; industry?: Industry; region?: Region; address?: string;
  contactPerson?: string; phone?: string; mobile?: string; email?: string;
}
export interface Transaction { date?: string; item?: string; amount?: number }
export interface Communication { date?: string; channel?: string; summary?: string }
export interface ArchiveRecord {
  id: string; file?: string; archiveNo?: string; archiveNoAssigned?: boolean; documentType?: string;
  customer?: Customer; registeredOn?: string; transactions?: Transaction[]; communications?: Communication[];
  confidence?: Record<string, number>; status?: string; error?: string; pages?: number; text?: string;
  original?: { contentType?: string; size?: number; sha256?: string }; ingestedAt?: string;
  revision?: number; reviewedBy?: string; reviewedAt?: string;
}
export interface FacetValue { value: string; label?: string; count: number }
export interface Hit {
  id: string; archiveNo?: string; documentType?: string; customer?: Customer; registeredOn?: string;
  status?: string; highlights?: string[]; score?: number; documents?: number;
}
export interface SearchResult {
  total: number; page: number; size: number; hits: Hit[]; facets: Record<string, FacetValue[]>;
  next?: string; customers?: number;
}
export interface Me { username: string; role: 'ADMIN' | 'ARCHIVIST' | 'VIEWER' | 'AUDITOR'; regions: string[]; enabled: boolean }
export interface UserView { username: string; role: string; regions: string[]; enabled: boolean; createdAt?: string; updatedAt?: string }
export interface AccessRequest {
  id: string; documentId: string; requester: string; purpose: string; days: number; status: string;
  requestedAt: string; decidedBy?: string; decidedAt?: string; note?: string; validUntil?: string;
}
export interface AuditEvent {
  seq: number; time: string; user?: string; role?: string; action: string; target?: string; outcome: string;
  clientAddress?: string; purpose?: string; details?: Record<string, string>;
}
export interface AuditPage { total: number; page: number; size: number; events: AuditEvent[] }
export interface ReviewItem {
  id: string; archiveNo?: string; documentType?: string; customerName?: string; pages?: number; ingestedAt?: string;
  lowConfidence?: string[];
}
export interface ReviewQueue { total: number; page: number; size: number; items: ReviewItem[] }
export interface UploadResult { file: string; id?: string; status: string; duplicate?: boolean; error?: string }

export class ApiError extends Error {
  constructor(readonly status: number, message: string, readonly errors: { field: string; message: string }[] = []) {
    super(message);
  }
}

/** The CSRF token: Spring Security's XSRF-TOKEN cookie, sent back as is. */
export function csrfToken(): string {
  const m = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return m ? decodeURIComponent(m[1]) : '';
}

export async function problemOf(res: Response): Promise<ApiError> {
  let detail = `${res.status} ${res.statusText}`;
  let errors: { field: string; message: string }[] = [];
  try {
    const p = await res.json();
    detail = p.detail || p.title || detail;
    if (Array.isArray(p.errors)) errors = p.errors;
  } catch {
    // not JSON: keep the status line
  }
  return new ApiError(res.status, detail, errors);
}

export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const method = init.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET') headers['X-XSRF-TOKEN'] = csrfToken();
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(path, {
    method, headers, credentials: 'same-origin',
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (res.status === 401) {
    window.location.href = '/login.html';
    throw new ApiError(401, 'login required');
  }
  if (!res.ok) throw await problemOf(res);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

export const previewUrl = (id: string, page: number, thumb = false) =>
  `/api/documents/${encodeURIComponent(id)}/pages/${page}/preview${thumb ? '?size=thumb' : ''}`;
export const originalUrl = (id: string) => `/api/documents/${encodeURIComponent(id)}/original`;

/** Uploads one file with XHR (fetch has no upload progress), reporting the fraction sent. */
export function uploadFile(file: File, onProgress: (fraction: number) => void): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/documents');
    xhr.setRequestHeader('X-XSRF-TOKEN', csrfToken());
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onerror = () => reject(new ApiError(0, 'network error'));
    xhr.onload = () => {
      let body: any = null;
      try { body = JSON.parse(xhr.responseText); } catch { /* not JSON */ }
      if (xhr.status === 202 && Array.isArray(body) && body.length) resolve(body[0] as UploadResult);
      else reject(new ApiError(xhr.status, body?.detail || body?.title || `${xhr.status} ${xhr.statusText}`));
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
