import { useEffect, useState } from 'preact/hooks';
import { api, type AuditPage as Page } from '../api';
import { ErrorLine, Pager } from '../components';
import { fmtDateTime, t } from '../i18n';
import { navigate } from '../router';

const ACTIONS = ['LOGIN', 'LOGOUT', 'SEARCH', 'RECORD_VIEW', 'UNMASKED_VIEW', 'ORIGINAL_DOWNLOAD', 'PREVIEW', 'EDIT',
  'ACCESS_REQUEST', 'ACCESS_DECISION', 'USER_CHANGE', 'ACCESS_DENIED'];
const FILTERS = ['user', 'action', 'documentId', 'from', 'to'] as const;
const SIZE = 50;

/** The audit trail, newest first, filtered by user, action, document and time (URL-held, shareable). */
export function AuditPage({ params }: { params: URLSearchParams }) {
  const [page, setPage] = useState<Page | null>(null);
  const [error, setError] = useState<unknown>(null);
  const key = params.toString();
  useEffect(() => {
    const q = new URLSearchParams(params);
    q.set('size', String(SIZE));
    for (const k of ['from', 'to']) {
      const v = q.get(k); // datetime-local → an ISO instant in the browser's zone
      if (v) q.set(k, new Date(v).toISOString());
    }
    api<Page>(`/api/audit?${q}`).then((p) => { setPage(p); setError(null); }, setError);
  }, [key]);

  const submit = (e: Event) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget as HTMLFormElement);
    const p = new URLSearchParams();
    for (const k of FILTERS) { const v = String(data.get(k) ?? '').trim(); if (v) p.set(k, v); }
    navigate('audit', p);
  };
  const n = page ? Math.ceil(page.total / SIZE) : 0;
  return (
    <div>
      <h1 class="page__title">{t('auditTitle')}</h1>
      <form class="filters" onSubmit={submit} key={key}>
        <label>{t('user')}<input class="input input--small" name="user" defaultValue={params.get('user') ?? ''} /></label>
        <label>{t('action')}<select class="input input--small" name="action">
          <option value="">{t('none')}</option>
          {ACTIONS.map((a) => <option key={a} value={a} selected={a === params.get('action')}>{a}</option>)}</select></label>
        <label>{t('documentId')}<input class="input input--small mono" name="documentId" size={20} defaultValue={params.get('documentId') ?? ''} /></label>
        <label>{t('timeFrom')}<input class="input input--small" type="datetime-local" name="from" defaultValue={params.get('from') ?? ''} /></label>
        <label>{t('timeTo')}<input class="input input--small" type="datetime-local" name="to" defaultValue={params.get('to') ?? ''} /></label>
        <button type="submit" class="button button--primary" data-test="audit-filter">{t('filter')}</button>
      </form>
      <ErrorLine error={error} />
      {page && page.events.length === 0 && <p class="empty">{t('auditEmpty')}</p>}
      {page && page.events.length > 0 && (
        <table class="table table--wide table--dense" data-test="audit-table">
          <thead><tr><th>#</th><th>{t('time')}</th><th>{t('user')}</th><th>{t('role')}</th><th>{t('action')}</th>
            <th>{t('target')}</th><th>{t('outcome')}</th><th>{t('client')}</th><th>{t('details')}</th></tr></thead>
          <tbody>
            {page.events.map((e) => (
              <tr key={e.seq} class={e.outcome !== 'OK' ? 'row--warn' : ''}>
                <td class="num">{e.seq}</td><td class="nowrap">{fmtDateTime(e.time)}</td><td>{e.user}</td><td>{e.role}</td>
                <td data-test="audit-action"><code>{e.action}</code></td><td class="mono ellipsis" title={e.target}>{e.target}</td>
                <td>{e.outcome}</td><td class="mono">{e.clientAddress}</td>
                <td class="small">{[e.purpose, ...Object.entries(e.details ?? {}).map(([k, v]) => `${k}=${v}`)].filter(Boolean).join(' · ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {page && <Pager page={page.page} pages={n} onPage={(p) => { const q = new URLSearchParams(params); q.set('page', String(p)); navigate('audit', q); }} />}
    </div>
  );
}
