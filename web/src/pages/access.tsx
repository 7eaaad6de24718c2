import { useEffect, useState } from 'preact/hooks';
import { api, type AccessRequest, type Me } from '../api';
import { ErrorLine } from '../components';
import { fmtDateTime, t, type Key } from '../i18n';
import { href, navigate } from '../router';

/** A viewer's own requests; for an archivist or admin every request, pending ones first to decide. */
export function AccessPage({ me, params }: { me: Me; params: URLSearchParams }) {
  const [list, setList] = useState<AccessRequest[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const decider = me.role === 'ADMIN' || me.role === 'ARCHIVIST';
  const pendingOnly = params.get('status') === 'PENDING';
  const load = () => api<AccessRequest[]>(`/api/access-requests${pendingOnly ? '?status=PENDING' : ''}`).then(setList, setError);
  useEffect(() => { load(); }, [pendingOnly]);

  const decide = (r: AccessRequest, approve: boolean) =>
    api(`/api/access-requests/${r.id}/decision`, { method: 'POST', body: { approve, note: notes[r.id] || null } })
      .then(() => { setError(null); load(); }, setError);

  return (
    <div>
      <div class="page__head">
        <h1 class="page__title">{t('accessTitle')}</h1>
        <label class="check"><input type="checkbox" checked={pendingOnly}
          onChange={() => navigate('access', pendingOnly ? {} : { status: 'PENDING' })} />{t('onlyPending')}</label>
      </div>
      <ErrorLine error={error} />
      {list && list.length === 0 && <p class="empty">{t('accessEmpty')}</p>}
      {list && list.length > 0 && (
        <table class="table table--wide" data-test="access-table">
          <thead><tr>
            <th>{t('requestedAt')}</th><th>{t('requester')}</th><th>{t('document')}</th><th>{t('purpose')}</th>
            <th>{t('days')}</th><th>{t('statusLabel')}</th><th>{t('decision')}</th>
          </tr></thead>
          <tbody>
            {list.map((r) => (
              <tr key={r.id}>
                <td class="nowrap">{fmtDateTime(r.requestedAt)}</td>
                <td>{r.requester}</td>
                <td><a href={href(`documents/${r.documentId}`)} class="mono">{r.documentId.slice(0, 12)}…</a></td>
                <td>{r.purpose}</td>
                <td class="num">{r.days}</td>
                <td><span class={`badge badge--req-${r.status.toLowerCase()}`}>{t(`status_${r.status}` as Key)}</span>
                  {r.validUntil && <div class="small">{t('validUntil')} {fmtDateTime(r.validUntil)}</div>}</td>
                <td>
                  {decider && r.status === 'PENDING' ? (
                    <div class="decide">
                      <input class="input input--small" placeholder={t('note')} value={notes[r.id] ?? ''}
                             onInput={(e) => setNotes({ ...notes, [r.id]: e.currentTarget.value })} />
                      <button type="button" class="button button--small button--primary" onClick={() => decide(r, true)}
                              data-test="approve">{t('approve')}</button>
                      <button type="button" class="button button--small" onClick={() => decide(r, false)}>{t('reject')}</button>
                    </div>
                  ) : (
                    <span class="small">{r.decidedBy}{r.decidedAt && ` · ${fmtDateTime(r.decidedAt)}`}{r.note && ` · ${r.note}`}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
