import { useRef, useState } from 'preact/hooks';
import { api, uploadFile, type ArchiveRecord } from '../api';
import { t, type Key } from '../i18n';
import { href } from '../router';

type Phase = 'queued' | 'uploading' | 'processing' | 'INDEXED' | 'NEEDS_REVIEW' | 'FAILED' | 'DUPLICATE' | 'REJECTED';
interface Item { key: number; file: File; phase: Phase; progress: number; id?: string; error?: string; name?: string }

const FINAL = new Set(['INDEXED', 'NEEDS_REVIEW', 'FAILED']);
const PARALLEL = 2;

/** Drag and drop many scans; each shows its upload progress, then its outcome once OCR is done. */
export function UploadPage() {
  const [items, setItems] = useState<Item[]>([]);
  const [over, setOver] = useState(false);
  const next = useRef(0);
  const running = useRef(0);
  const queue = useRef<Item[]>([]);
  const input = useRef<HTMLInputElement>(null);

  const patch = (key: number, change: Partial<Item>) =>
    setItems((all) => all.map((i) => (i.key === key ? { ...i, ...change } : i)));

  const pump = () => {
    while (running.current < PARALLEL && queue.current.length) {
      const item = queue.current.shift()!;
      running.current++;
      run(item).finally(() => { running.current--; pump(); });
    }
  };

  const run = async (item: Item) => {
    patch(item.key, { phase: 'uploading' });
    try {
      const r = await uploadFile(item.file, (f) => patch(item.key, { progress: f }));
      if (r.status === 'REJECTED' || !r.id) { patch(item.key, { phase: 'REJECTED', error: r.error, progress: 1 }); return; }
      patch(item.key, { id: r.id, progress: 1, phase: 'processing' });
      const record = await poll(r.id);
      patch(item.key, {
        phase: r.duplicate ? 'DUPLICATE' : (record.status as Phase), error: record.error,
        name: record.customer?.name ?? record.archiveNo,
      });
    } catch (e) {
      patch(item.key, { phase: 'FAILED', error: e instanceof Error ? e.message : String(e) });
    }
  };

  const add = (files: FileList | null) => {
    if (!files) return;
    const added = Array.from(files).map((file) => ({ key: next.current++, file, phase: 'queued' as Phase, progress: 0 }));
    setItems((all) => [...added, ...all]);
    queue.current.push(...added);
    pump();
  };

  return (
    <div class="upload">
      <h1 class="page__title">{t('uploadTitle')}</h1>
      <div class={`drop${over ? ' drop--over' : ''}`} data-test="drop"
           onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)}
           onDrop={(e) => { e.preventDefault(); setOver(false); add(e.dataTransfer?.files ?? null); }}>
        <div class="drop__icon" aria-hidden="true">⇪</div>
        <p>{t('dropHere')} <button type="button" class="link-button" onClick={() => input.current?.click()}>{t('chooseFiles')}</button></p>
        <p class="drop__hint">{t('uploadTypes')}</p>
        <input ref={input} type="file" multiple hidden accept=".pdf,.jpg,.jpeg,.png,.tif,.tiff,application/pdf,image/*"
               data-test="file-input" onChange={(e) => { add(e.currentTarget.files); e.currentTarget.value = ''; }} />
      </div>
      {items.length > 0 && (
        <>
          <div class="upload__bar">
            <span class="upload__summary" data-test="upload-summary">{summary(items)}</span>
            <button type="button" class="link-button"
                    onClick={() => setItems((all) => all.filter((i) => !['INDEXED', 'NEEDS_REVIEW', 'DUPLICATE'].includes(i.phase)))}>
              {t('clearDone')}</button>
          </div>
          <ul class="uploads" data-test="uploads">
            {items.map((i) => (
              <li key={i.key} class={`uploads__item uploads__item--${i.phase.toLowerCase()}`} data-test="upload-item" data-phase={i.phase}>
                <div class="uploads__name">{i.file.name}<span class="uploads__size">{(i.file.size / 1024).toFixed(0)} KB</span></div>
                <div class="progress"><div class="progress__fill" style={{ width: `${Math.round(i.progress * 100)}%` }} /></div>
                <div class="uploads__outcome" data-test="outcome">
                  {phaseText(i.phase, i.progress)}
                  {i.name && <span class="uploads__what"> · {i.name}</span>}
                  {i.error && <span class="uploads__error"> · {i.error}</span>}
                  {i.id && FINAL.has(i.phase) || i.phase === 'DUPLICATE' ? <a href={href(`documents/${i.id}`)} class="uploads__open">{t('open')}</a> : null}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function summary(items: Item[]): string {
  const n = (phases: Phase[]) => items.filter((i) => phases.includes(i.phase)).length;
  const parts: [Key, number][] = [['uploading', n(['queued', 'uploading'])], ['processing', n(['processing'])],
    ['outcome_INDEXED', n(['INDEXED'])], ['outcome_NEEDS_REVIEW', n(['NEEDS_REVIEW'])],
    ['outcome_DUPLICATE', n(['DUPLICATE'])], ['outcome_FAILED', n(['FAILED', 'REJECTED'])]];
  return parts.filter(([, c]) => c > 0).map(([k, c]) => `${t(k)} ${c}`).join(' · ');
}

function phaseText(phase: Phase, progress: number): string {
  if (phase === 'queued') return '…';
  if (phase === 'uploading') return `${t('uploading')} ${Math.round(progress * 100)}%`;
  if (phase === 'processing') return `${t('processing')}…`;
  return t(`outcome_${phase}` as Key);
}

/** Asks for the record until OCR and indexing reach a final status (a few seconds a page). */
async function poll(id: string): Promise<ArchiveRecord> {
  for (let wait = 500; ; wait = Math.min(3000, wait * 1.5)) {
    const r = await api<ArchiveRecord>(`/api/documents/${id}`);
    if (FINAL.has(r.status ?? '')) return r;
    await new Promise((ok) => setTimeout(ok, wait));
  }
}
