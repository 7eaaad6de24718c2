import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { previewUrl } from './api';
import { t, tierName } from './i18n';

/**
 * A search highlight: the API marks matches with <em>. Everything is rendered as text except those
 * marks, so no markup from a scanned document can ever reach the page.
 */
export function Highlight({ html }: { html: string }) {
  const parts: ComponentChildren[] = [];
  const re = /<em>([\s\S]*?)<\/em>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  let i = 0;
  while ((m = re.exec(html)) !== null) {
    if (m.index > last) parts.push(html.slice(last, m.index));
    parts.push(<mark key={i++}>{m[1]}</mark>);
    last = re.lastIndex;
  }
  if (last < html.length) parts.push(html.slice(last));
  return <>{parts}</>;
}

export function TierBadge({ tier }: { tier?: string }) {
  if (!tier) return null;
  return <span class={`badge badge--tier-${tier.toLowerCase()}`}>{tierName(tier)}</span>;
}

export function Message({ kind = 'error', children }: { kind?: 'error' | 'info' | 'ok'; children: ComponentChildren }) {
  return <div class={`message message--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>{children}</div>;
}

export function ErrorLine({ error }: { error: unknown }) {
  if (!error) return null;
  return <Message>{t('errorPrefix')}{error instanceof Error ? error.message : String(error)}</Message>;
}

/** The scan, page by page: previous/next page, zoom, rotate. Keys: ←/→ page, +/- zoom, R rotate. */
export function ScanViewer({ id, pages, keys = true }: { id: string; pages: number; keys?: boolean }) {
  const [page, setPage] = useState(1);
  const [zoom, setZoom] = useState(1);
  const [rotation, setRotation] = useState(0);
  useEffect(() => { setPage(1); setRotation(0); }, [id]);
  const n = Math.max(1, pages || 1);
  const go = (p: number) => setPage(Math.min(n, Math.max(1, p)));
  useEffect(() => {
    if (!keys) return;
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement;
      if (el.closest('input, textarea, select') || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'ArrowRight' || e.key === 'PageDown') go(page + 1);
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') go(page - 1);
      else if (e.key === '+' || e.key === '=') setZoom((z) => Math.min(4, z * 1.25));
      else if (e.key === '-') setZoom((z) => Math.max(0.25, z / 1.25));
      else if (e.key === 'r' || e.key === 'R') setRotation((r) => (r + 90) % 360);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  const sideways = rotation % 180 !== 0;
  return (
    <section class="viewer" aria-label={t('page')}>
      <div class="viewer__toolbar">
        <button type="button" class="button button--small" onClick={() => go(page - 1)} disabled={page <= 1}
                data-test="prev-page" title={`${t('prevPage')} (←)`}>‹ {t('prevPage')}</button>
        <span class="viewer__page" data-test="page-info">{page} / {n}</span>
        <button type="button" class="button button--small" onClick={() => go(page + 1)} disabled={page >= n}
                data-test="next-page" title={`${t('nextPage')} (→)`}>{t('nextPage')} ›</button>
        <span class="viewer__spacer" />
        <button type="button" class="button button--small" onClick={() => setZoom((z) => Math.max(0.25, z / 1.25))}
                title={`${t('zoomOut')} (-)`} aria-label={t('zoomOut')}>−</button>
        <span class="viewer__zoom">{Math.round(zoom * 100)}%</span>
        <button type="button" class="button button--small" onClick={() => setZoom((z) => Math.min(4, z * 1.25))}
                title={`${t('zoomIn')} (+)`} aria-label={t('zoomIn')}>+</button>
        <button type="button" class="button button--small" onClick={() => setZoom(1)}>{t('zoomFit')}</button>
        <button type="button" class="button button--small" onClick={() => setRotation((r) => (r + 90) % 360)}
                title={`${t('rotate')} (R)`} data-test="rotate">⟳ {t('rotate')}</button>
      </div>
      <div class="viewer__stage">
        <img class={`viewer__img${sideways ? ' viewer__img--sideways' : ''}`} src={previewUrl(id, page)}
             alt={`${t('page')} ${page}`} data-test="scan" data-page={page}
             style={{ width: `${zoom * (sideways ? 70 : 100)}%`, transform: `rotate(${rotation}deg)` }} />
      </div>
    </section>
  );
}

export function Pager({ page, pages, onPage }: { page: number; pages: number; onPage: (p: number) => void }) {
  if (pages <= 1) return null;
  return (
    <nav class="pager" aria-label="pages">
      <button type="button" class="button" disabled={page <= 0} onClick={() => onPage(page - 1)}>{t('prev')}</button>
      <span class="pager__info">{t('pageOf', { p: page + 1, n: pages })}</span>
      <button type="button" class="button" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)} data-test="next">
        {t('next')}</button>
    </nav>
  );
}

export function fmtAmount(n?: number): string {
  return n == null ? t('none') : n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
