import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError, type ArchiveRecord, type Me, type ReviewQueue } from '../api';
import { ErrorLine, Message, ScanViewer } from '../components';
import { AREAS, CUSTOMER_TYPE_CODES, DOC_TYPE_CODES, INDUSTRIES, TIER_CODES, customerTypeName, docTypeName, fmtDateTime,
  industryName, t, tierName, type Key } from '../i18n';
import { navigate } from '../router';
import { Confidence, LOW_CONFIDENCE } from './document';

/** The form's fields: [key, label, confidence path]. The order is the Tab order. */
const FIELDS: [string, Key, string][] = [
  ['name', 'f_name', 'customer.name'], ['archiveNo', 'f_archiveNo', 'archiveNo'],
  ['documentType', 'f_documentType', 'documentType'], ['registeredOn', 'f_registeredOn', 'registeredOn'],
  ['type', 'f_type', 'customer.type'], ['tier', 'f_tier', 'customer.tier'], ['industry', 'f_industry', 'customer.industry'],
  ['industryRaw', 'f_industryRaw', 'customer.industry'], ['province', 'f_province', 'customer.region'],
  ['city', 'f_city', 'customer.region'], ['address', 'f_address', 'customer.address'],
  ['contactPerson', 'f_contactPerson', 'customer.contactPerson'], ['phone', 'f_phone', 'customer.phone'],
  ['mobile', 'f_mobile', 'customer.mobile'], ['email', 'f_email', 'customer.email'],
];
/** Where a field's server-side validation error is reported (review-api-contract.md). */
const ERROR_PATH: Record<string, string> = {
  name: 'customer.name', type: 'customer.type', tier: 'customer.tier', industry: 'customer.industry.code',
  industryRaw: 'customer.industry.raw', province: 'customer.region.province', city: 'customer.region.city',
  address: 'customer.address', contactPerson: 'customer.contactPerson', phone: 'customer.phone', mobile: 'customer.mobile',
  email: 'customer.email', archiveNo: 'archiveNo', documentType: 'documentType', registeredOn: 'registeredOn',
};
const PROVINCES = Object.values(AREAS).flat();

type Form = Record<string, string>;

function formOf(r: ArchiveRecord): Form {
  const c = r.customer ?? {};
  return {
    name: c.name ?? '', archiveNo: r.archiveNo ?? '', documentType: r.documentType ?? '', registeredOn: r.registeredOn ?? '',
    type: c.type ?? '', tier: c.tier ?? '', industry: c.industry?.code ?? '', industryRaw: c.industry?.raw ?? '',
    province: c.region?.province ?? '', city: c.region?.city ?? '', area: c.region?.area ?? '', address: c.address ?? '',
    contactPerson: c.contactPerson ?? '', phone: c.phone ?? '', mobile: c.mobile ?? '', email: c.email ?? '',
  };
}

function bodyOf(f: Form, revision: number) {
  const v = (k: string) => (f[k].trim() === '' ? null : f[k].trim());
  return {
    baseRevision: revision, archiveNo: v('archiveNo'), documentType: v('documentType'), registeredOn: v('registeredOn'),
    customer: {
      name: v('name'), type: v('type'), tier: v('tier'),
      industry: v('industry') || v('industryRaw') ? { code: v('industry'), raw: v('industryRaw') } : null,
      // The area is derived from the province; it is sent only when no province is known (contract).
      region: v('province') || v('city') || v('area')
        ? { province: v('province'), city: v('city'), area: v('province') ? null : v('area') } : null,
      address: v('address'), contactPerson: v('contactPerson'), phone: v('phone'), mobile: v('mobile'), email: v('email'),
    },
  };
}

/** 双重验证: the scan beside its fields; confirm or correct, then on to the next document. */
export function ReviewPage({ me, selected }: { me: Me; selected?: string }) {
  const [queue, setQueue] = useState<ReviewQueue | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const load = () => api<ReviewQueue>('/api/review?size=100').then((q) => { setQueue(q); setError(null); }, setError);
  useEffect(() => { load(); }, []);

  const items = queue?.items ?? [];
  const index = Math.max(0, items.findIndex((i) => i.id === selected));
  const current = selected && !items.some((i) => i.id === selected) ? selected : items[index]?.id;
  const go = (delta: number) => {
    const target = items[index + delta];
    if (target) navigate(`review/${target.id}`);
  };

  if (error && !queue) {
    return <ErrorLine error={error instanceof ApiError && error.status === 404 ? t('reviewBackendMissing', { e: error.message }) : error} />;
  }
  return (
    <div class="review">
      <div class="review__head">
        <h1 class="page__title">{t('reviewTitle')}</h1>
        {queue && <span class="badge" data-test="review-total">{queue.total}</span>}
        <span class="review__keys">{t('reviewKeys')}</span>
        {items.length > 0 && <span class="review__pos">{t('reviewOf', { i: index + 1, n: items.length })}</span>}
      </div>
      {saved && <Message kind="ok">{saved}</Message>}
      <div class="review__body">
        <ol class="queue" data-test="queue">
          {items.map((i) => (
            <li key={i.id} class={`queue__item${i.id === current ? ' queue__item--on' : ''}`}>
              <a href={`#/review/${i.id}`} data-test="queue-item">
                <strong>{i.customerName || i.archiveNo || i.id.slice(0, 10)}</strong>
                <span>{i.archiveNo} · {docTypeName(i.documentType)}</span>
                {!!i.lowConfidence?.length && <span class="queue__low">{t('lowFields')}: {i.lowConfidence.length}</span>}
              </a>
            </li>
          ))}
          {queue && items.length === 0 && <li class="empty">{t('reviewEmpty')}</li>}
        </ol>
        {current && <ReviewForm key={current} id={current} me={me} low={items.find((i) => i.id === current)?.lowConfidence ?? []}
          onNext={() => go(1)} onPrev={() => go(-1)}
          onSaved={(r) => {
            setSaved(`${r.customer?.name ?? r.archiveNo}: ${t('reviewSaved', { n: r.revision ?? '' })}`);
            const after = items[index + 1] ?? items[index - 1];
            load();
            navigate(after ? `review/${after.id}` : 'review');
          }} />}
      </div>
    </div>
  );
}

function ReviewForm({ id, low, onNext, onPrev, onSaved }: {
  id: string; me: Me; low: string[]; onNext: () => void; onPrev: () => void; onSaved: (r: ArchiveRecord) => void;
}) {
  const [record, setRecord] = useState<ArchiveRecord | null>(null);
  const [form, setForm] = useState<Form>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const load = () => api<ArchiveRecord>(`/api/documents/${id}`).then((r) => { setRecord(r); setForm(formOf(r)); setError(null); }, setError);
  useEffect(() => { load(); }, [id]);
  useEffect(() => {
    if (!record) return;
    // Start where the work is: the first field to check, else the first field.
    const first = FIELDS.find(([, , path]) => low.includes(path) || (record.confidence?.[path] ?? 1) < LOW_CONFIDENCE);
    const el = formRef.current?.querySelector<HTMLElement>(`[name="${first ? first[0] : 'name'}"]`);
    el?.focus();
  }, [record]);

  const save = async () => {
    if (!record || busy) return;
    setBusy(true);
    setErrors({});
    try {
      const r = await api<ArchiveRecord>(`/api/documents/${id}/fields`, { method: 'PUT', body: bodyOf(form, record.revision ?? 1) });
      onSaved(r);
    } catch (e) {
      if (e instanceof ApiError && e.errors.length) {
        const byField: Record<string, string> = {};
        for (const fe of e.errors) {
          const k = Object.keys(ERROR_PATH).find((f) => ERROR_PATH[f] === fe.field || fe.field.startsWith(`${ERROR_PATH[f]}.`));
          byField[k ?? fe.field] = fe.message;
        }
        setErrors(byField);
      }
      setError(e instanceof ApiError && e.status === 409 ? t('reviewConflict') : e);
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = !!(e.target as HTMLElement).closest('input, textarea, select');
      if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') { e.preventDefault(); save(); }
      else if (e.altKey && e.key === 'ArrowDown') { e.preventDefault(); onNext(); }
      else if (e.altKey && e.key === 'ArrowUp') { e.preventDefault(); onPrev(); }
      else if (!typing && !e.ctrlKey && !e.metaKey && (e.key === 'j' || e.key === 'J')) onNext();
      else if (!typing && !e.ctrlKey && !e.metaKey && (e.key === 'k' || e.key === 'K')) onPrev();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (!record) return error ? <ErrorLine error={error} /> : <p class="empty">{t('loading')}</p>;

  const set = (k: string, v: string) => setForm((f) => ({ ...f, [k]: v }));
  const input = (k: string) => {
    const common = { name: k, id: `rv-${k}`, class: `input${errors[k] ? ' input--bad' : ''}`, value: form[k],
      'data-test': `field-${k}` };
    const onChange = (e: Event) => set(k, (e.currentTarget as HTMLInputElement).value);
    const options = (codes: string[], name: (c: string) => string) => (
      <select {...common} onChange={onChange}>
        <option value="">{t('none')}</option>
        {codes.map((c) => <option key={c} value={c}>{name(c)}</option>)}
      </select>
    );
    if (k === 'documentType') return options(DOC_TYPE_CODES, docTypeName);
    if (k === 'type') return options(CUSTOMER_TYPE_CODES, customerTypeName);
    if (k === 'tier') return options(TIER_CODES, tierName);
    if (k === 'industry') return options(Object.keys(INDUSTRIES), (c) => `${c} ${industryName(c)}`);
    return <input {...common} type="text" onInput={onChange} list={k === 'province' ? 'provinces' : undefined}
                  placeholder={k === 'registeredOn' ? 'YYYY-MM-DD' : undefined} autoComplete="off" />;
  };

  return (
    <div class="split split--review">
      <ScanViewer id={record.id} pages={record.pages ?? 1} keys={false} />
      <form ref={formRef} class="card review__form" data-test="review-form" onSubmit={(e) => { e.preventDefault(); save(); }}>
        <div class="review__meta">
          <span>{record.file}</span><span>{fmtDateTime(record.ingestedAt)}</span><span>r{record.revision ?? 1}</span>
        </div>
        <datalist id="provinces">{PROVINCES.map((p) => <option key={p} value={p} />)}</datalist>
        <div class="review__grid">
          {FIELDS.map(([k, label, path]) => {
            const conf = record.confidence?.[path];
            const flagged = low.includes(path) || (conf != null && conf < LOW_CONFIDENCE) || (k === 'name' && !form.name);
            return (
              <div key={k} class={`review__field${flagged ? ' review__field--low' : ''}${k === 'address' ? ' review__field--wide' : ''}`}>
                <div class="review__label">
                  <label for={`rv-${k}`}>{t(label)}{flagged && <span class="review__flag" title={t('lowConfidence')}> ⚠</span>}</label>
                  {k !== 'industryRaw' && k !== 'city' && form[k] !== '' && <Confidence value={conf} />}
                </div>
                {input(k)}
                {errors[k] && <span class="review__error" data-test={`error-${k}`}>{errors[k]}</span>}
              </div>
            );
          })}
        </div>
        <ErrorLine error={error} />
        <div class="review__actions">
          <button type="submit" class="button button--primary" disabled={busy} data-test="review-save">{t('reviewSave')} (Ctrl+Enter)</button>
          <button type="button" class="button" onClick={() => { load(); setErrors({}); }}>{t('reviewReload')}</button>
          <span class="document__spacer" />
          <button type="button" class="button" onClick={onPrev}>‹ K</button>
          <button type="button" class="button" onClick={onNext}>J ›</button>
        </div>
        <details class="review__ocr">
          <summary>{t('ocrText')}</summary>
          <pre class="ocr">{record.text ?? ''}</pre>
        </details>
      </form>
    </div>
  );
}
