import { useEffect, useState } from 'preact/hooks';
import { api, originalUrl, type AccessRequest, type ArchiveRecord, type Me } from '../api';
import { ErrorLine, Message, ScanViewer, TierBadge, fmtAmount } from '../components';
import { customerTypeName, docTypeName, fmtDateTime, industryName, statusName, t, type Key } from '../i18n';
import { href } from '../router';

/** Below the ingest review threshold (application.yml, archive.ingest.review-threshold). */
export const LOW_CONFIDENCE = 0.5;

export interface FieldRow { key: Key; path: string; value?: string | null }

export function fieldRows(r: ArchiveRecord): FieldRow[] {
  const c = r.customer ?? {};
  return [
    { key: 'f_archiveNo', path: 'archiveNo', value: r.archiveNo },
    { key: 'f_documentType', path: 'documentType', value: r.documentType ? docTypeName(r.documentType) : null },
    { key: 'f_registeredOn', path: 'registeredOn', value: r.registeredOn },
    { key: 'f_name', path: 'customer.name', value: c.name },
    { key: 'f_type', path: 'customer.type', value: c.type ? customerTypeName(c.type) : null },
    { key: 'f_tier', path: 'customer.tier', value: c.tier },
    { key: 'f_industry', path: 'customer.industry', value: c.industry?.code
        ? `${c.industry.code} ${industryName(c.industry.code)}${c.industry.raw ? `（${c.industry.raw}）` : ''}` : null },
    { key: 'f_region', path: 'customer.region', value: [c.region?.area, c.region?.province, c.region?.city].filter(Boolean).join(' · ') || null },
    { key: 'f_address', path: 'customer.address', value: c.address },
    { key: 'f_contactPerson', path: 'customer.contactPerson', value: c.contactPerson },
    { key: 'f_phone', path: 'customer.phone', value: c.phone },
    { key: 'f_mobile', path: 'customer.mobile', value: c.mobile },
    { key: 'f_email', path: 'customer.email', value: c.email },
  ];
}

export function Confidence({ value }: { value?: number }) {
  if (value == null) return <span class="conf conf--none">{t('none')}</span>;
  const low = value < LOW_CONFIDENCE;
  return (
    <span class={`conf${low ? ' conf--low' : value < 0.8 ? ' conf--mid' : ''}`} title={low ? t('lowConfidence') : t('confidence')}>
      <span class="conf__bar"><span class="conf__fill" style={{ width: `${Math.round(value * 100)}%` }} /></span>
      {Math.round(value * 100)}%{low && ' ⚠'}
    </span>
  );
}

export function DocumentPage({ id, me }: { id: string; me: Me }) {
  const [record, setRecord] = useState<ArchiveRecord | null>(null);
  const [requests, setRequests] = useState<AccessRequest[]>([]);
  const [error, setError] = useState<unknown>(null);
  const viewer = me.role === 'VIEWER';

  const loadRequests = () => viewer && api<AccessRequest[]>('/api/access-requests')
    .then((all) => setRequests(all.filter((r) => r.documentId === id)), setError);
  useEffect(() => {
    setRecord(null);
    api<ArchiveRecord>(`/api/documents/${encodeURIComponent(id)}`).then(setRecord, setError);
    loadRequests();
  }, [id]);

  if (error && !record) return <ErrorLine error={error} />;
  if (!record) return <p class="empty">{t('loading')}</p>;

  const now = Date.now();
  const grant = requests.find((r) => r.status === 'APPROVED' && r.validUntil && Date.parse(r.validUntil) > now);
  const pending = requests.find((r) => r.status === 'PENDING');
  const mayDownload = !viewer || !!grant;
  const c = record.customer ?? {};

  return (
    <div class="document">
      <div class="document__head">
        <button type="button" class="link-button" onClick={() => history.back()}>‹ {t('back')}</button>
        <h1 class="document__title" data-test="doc-title">{c.name ?? record.archiveNo}</h1>
        <TierBadge tier={c.tier} />
        <span class={`badge badge--status-${(record.status ?? '').toLowerCase()}`}>{statusName(record.status)}</span>
        <span class="document__no">{record.archiveNo}</span>
        <span class="document__spacer" />
        {(me.role === 'ARCHIVIST' || me.role === 'ADMIN') && record.status === 'NEEDS_REVIEW' &&
          <a class="button" href={href(`review/${record.id}`)}>{t('reviewThis')}</a>}
        {mayDownload
          ? <a class="button button--primary" href={originalUrl(record.id)} download data-test="download">⤓ {t('download')}</a>
          : pending ? <span class="badge badge--req-pending" data-test="access-pending">{t('accessPending')}</span>
            : <RequestAccess id={record.id} onSent={loadRequests} />}
      </div>
      {viewer && <Message kind="info">{t('maskedNote')}
        {grant && ` · ${t('accessGranted', { t: fmtDateTime(grant.validUntil) })}`}</Message>}
      {error && <ErrorLine error={error} />}
      <div class="split">
        <ScanViewer id={record.id} pages={record.pages ?? 1} />
        <div class="panel">
          <section class="card">
            <h2 class="card__title">{t('fields')}</h2>
            <table class="fields" data-test="fields">
              <tbody>
                {fieldRows(record).map((row) => {
                  const conf = record.confidence?.[row.path];
                  const low = conf != null && conf < LOW_CONFIDENCE;
                  return (
                    <tr key={row.path} class={low ? 'fields__row--low' : ''} data-field={row.path}>
                      <th>{t(row.key)}</th>
                      <td class="fields__value">{row.path === 'customer.tier' ? <TierBadge tier={row.value ?? undefined} /> : row.value ?? t('none')}</td>
                      <td class="fields__conf">{row.value != null && <Confidence value={conf} />}</td>
                    </tr>
                  );
                })}
                <tr><th>{t('file')}</th><td colSpan={2}>{record.file ?? t('none')}</td></tr>
                <tr><th>{t('pages')}</th><td colSpan={2}>{record.pages ?? t('none')}</td></tr>
                {record.reviewedBy && <tr><th>{t('reviewed')}</th><td colSpan={2} data-test="reviewed">
                  {t('reviewedBy', { n: record.revision ?? '', u: record.reviewedBy, t: fmtDateTime(record.reviewedAt) })}</td></tr>}
                {record.error && <tr><th>{t('statusLabel')}</th><td colSpan={2} class="fields__error">{record.error}</td></tr>}
              </tbody>
            </table>
          </section>
          {!!record.transactions?.length && (
            <section class="card">
              <h2 class="card__title">{t('transactions')}</h2>
              <table class="table">
                <thead><tr><th>{t('date')}</th><th>{t('item')}</th><th class="num">{t('amount')}</th></tr></thead>
                <tbody>{record.transactions.map((x, i) => <tr key={i}><td>{x.date}</td><td>{x.item}</td><td class="num">{fmtAmount(x.amount)}</td></tr>)}</tbody>
              </table>
            </section>
          )}
          {!!record.communications?.length && (
            <section class="card">
              <h2 class="card__title">{t('communications')}</h2>
              <table class="table">
                <thead><tr><th>{t('date')}</th><th>{t('channel')}</th><th>{t('summary')}</th></tr></thead>
                <tbody>{record.communications.map((x, i) => <tr key={i}><td>{x.date}</td><td>{x.channel}</td><td>{x.summary}</td></tr>)}</tbody>
              </table>
            </section>
          )}
          <details class="card" open>
            <summary class="card__title">{t('ocrText')}</summary>
            <pre class="ocr" data-test="ocr">{record.text ?? ''}</pre>
          </details>
        </div>
      </div>
    </div>
  );
}

function RequestAccess({ id, onSent }: { id: string; onSent: () => void }) {
  const [open, setOpen] = useState(false);
  const [purpose, setPurpose] = useState('');
  const [days, setDays] = useState(7);
  const [error, setError] = useState<unknown>(null);
  if (!open) return <button type="button" class="button" onClick={() => setOpen(true)} data-test="request-access">{t('requestAccess')}</button>;
  const submit = (e: Event) => {
    e.preventDefault();
    api('/api/access-requests', { method: 'POST', body: { documentId: id, purpose, days } })
      .then(onSent, setError);
  };
  return (
    <form class="inline-form" onSubmit={submit} data-test="access-form">
      <input class="input" value={purpose} placeholder={t('purposeHint')} aria-label={t('purpose')} required minLength={4}
             maxLength={500} onInput={(e) => setPurpose(e.currentTarget.value)} autoFocus />
      <label class="inline-form__days">{t('days')}
        <input class="input input--small" type="number" min={1} max={30} value={days}
               onInput={(e) => setDays(Number(e.currentTarget.value))} /></label>
      <button type="submit" class="button button--primary">{t('submit')}</button>
      <button type="button" class="button" onClick={() => setOpen(false)}>{t('cancel')}</button>
      <ErrorLine error={error} />
    </form>
  );
}
