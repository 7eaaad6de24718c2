import { useEffect, useRef, useState } from 'preact/hooks';
import { api, previewUrl, type FacetValue, type Hit, type SearchResult } from '../api';
import { ErrorLine, Highlight, Pager, TierBadge } from '../components';
import { AREAS, areaName, docTypeName, industryName, lang, t, tierName } from '../i18n';
import { href, navigate } from '../router';

const FACETS = ['region', 'province', 'industry', 'tier', 'documentType'] as const;
const PAGE_SIZE = 20;

/** The search page: the URL (#/search?q=…&region=…&page=…) is the whole state, so it can be shared. */
export function SearchPage({ params }: { params: URLSearchParams }) {
  const [result, setResult] = useState<SearchResult | null>(null);
  const [resultKey, setResultKey] = useState<string | null>(null); // the query the shown result answers
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const key = params.toString();
  const grouped = params.get('groupBy') === 'customer';

  useEffect(() => {
    const query = new URLSearchParams(params);
    query.set('size', String(PAGE_SIZE));
    let live = true;
    setLoading(true);
    api<SearchResult>(`/api/search?${query}`)
      .then((r) => { if (live) { setResult(r); setResultKey(key); setError(null); } }, (e) => live && setError(e))
      .finally(() => live && setLoading(false));
    return () => { live = false; };
  }, [key]);

  const update = (change: (p: URLSearchParams) => void, keepPage = false) => {
    const p = new URLSearchParams(params);
    change(p);
    if (!keepPage) p.delete('page');
    navigate('search', p);
  };
  const toggle = (facet: string, value: string) => update((p) => {
    const values = p.getAll(facet);
    p.delete(facet);
    (values.includes(value) ? values.filter((v) => v !== value) : [...values, value]).forEach((v) => p.append(facet, v));
  });
  const anyFilter = FACETS.some((f) => params.has(f)) || params.has('from') || params.has('to');
  const page = Number(params.get('page') ?? 0) || 0;
  const total = grouped ? result?.customers ?? 0 : result?.total ?? 0;
  const pages = Math.min(Math.ceil(total / PAGE_SIZE), Math.floor(10000 / PAGE_SIZE));

  return (
    <div class="search">
      <SearchBox params={params} onSearch={(q) => update((p) => (q ? p.set('q', q) : p.delete('q')))} />
      <aside class="facets" aria-label={t('filters')}>
        <div class="facets__head">
          <h2 class="facets__title">{t('filters')}</h2>
          {anyFilter && <button type="button" class="link-button" data-test="clear-filters"
            onClick={() => update((p) => { FACETS.forEach((f) => p.delete(f)); p.delete('from'); p.delete('to'); })}>
            {t('clearAll')}</button>}
        </div>
        {result && <Facets result={result} params={params} toggle={toggle} />}
        <div class="facet">
          <h3 class="facet__title">{t('f_registeredOn')}</h3>
          <div class="facet__dates">
            <label>{t('dateFrom')}<input type="date" value={params.get('from') ?? ''} class="input input--small"
              onChange={(e) => update((p) => { const v = e.currentTarget.value; v ? p.set('from', v) : p.delete('from'); })} /></label>
            <label>{t('dateTo')}<input type="date" value={params.get('to') ?? ''} class="input input--small"
              onChange={(e) => update((p) => { const v = e.currentTarget.value; v ? p.set('to', v) : p.delete('to'); })} /></label>
          </div>
        </div>
      </aside>
      <section class="results" aria-live="polite" aria-busy={loading || resultKey !== key} data-key={resultKey ?? ''}>
        <div class="results__bar">
          <span class="results__total" data-test="total">
            {result && (grouped ? t('totalCustomers', { n: result.customers ?? 0, d: result.total }) : t('total', { n: result.total }))}
            {loading && <span class="results__loading"> · {t('loading')}</span>}
          </span>
          <div class="segmented" role="group">
            <button type="button" class={`segmented__item${grouped ? '' : ' segmented__item--on'}`} data-test="view-documents"
                    onClick={() => update((p) => p.delete('groupBy'))}>{t('viewDocuments')}</button>
            <button type="button" class={`segmented__item${grouped ? ' segmented__item--on' : ''}`} data-test="view-customers"
                    onClick={() => update((p) => p.set('groupBy', 'customer'))}>{t('viewCustomers')}</button>
          </div>
          <select class="input input--small" aria-label="sort" value={params.get('sort') ?? 'relevance'} data-test="sort"
                  onChange={(e) => update((p) => p.set('sort', e.currentTarget.value))}>
            <option value="relevance">{t('sortRelevance')}</option>
            <option value="-registeredOn">{t('sortNewest')}</option>
            <option value="registeredOn">{t('sortOldest')}</option>
          </select>
        </div>
        <ErrorLine error={error} />
        {result && result.hits.length === 0 && !loading && <p class="empty">{t('noHits')}</p>}
        <ol class="hits" data-test="hits">
          {result?.hits.map((h) => (grouped ? <CustomerRow key={h.id} hit={h} params={params} /> : <HitRow key={h.id} hit={h} />))}
        </ol>
        <Pager page={page} pages={pages} onPage={(n) => update((p) => p.set('page', String(n)), true)} />
      </section>
    </div>
  );
}

function SearchBox({ params, onSearch }: { params: URLSearchParams; onSearch: (q: string) => void }) {
  const [q, setQ] = useState(params.get('q') ?? '');
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const [active, setActive] = useState(-1);
  const timer = useRef<number>();
  const asked = useRef(0); // answers to older keystrokes (or after a search) are dropped
  const input = useRef<HTMLInputElement>(null);
  const shown = useRef(params.get('q'));
  useEffect(() => {
    // Follow the URL when it changes (back, a link), not on mount: what was typed meanwhile stays.
    if (shown.current !== params.get('q')) { shown.current = params.get('q'); setQ(params.get('q') ?? ''); }
  }, [params.get('q')]);
  useEffect(() => {
    // "/" jumps to the search box from anywhere on the page, as in most search engines.
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '/' && !(e.target as HTMLElement).closest('input, textarea, select')) { e.preventDefault(); input.current?.focus(); }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const typed = (value: string) => {
    setQ(value);
    window.clearTimeout(timer.current);
    const prefix = value.trim();
    const n = ++asked.current;
    if (!prefix || prefix.length > 50 || prefix.includes('"')) { setSuggestions([]); return; }
    timer.current = window.setTimeout(() => {
      api<{ suggestions: string[] }>(`/api/suggest?size=8&q=${encodeURIComponent(prefix)}`)
        .then((r) => { if (n === asked.current) { setSuggestions(r.suggestions); setActive(-1); } }, () => setSuggestions([]));
    }, 150);
  };
  const submit = (value: string) => {
    window.clearTimeout(timer.current);
    asked.current++;
    setSuggestions([]);
    setQ(value);
    onSearch(value.trim());
  };
  const onKey = (e: KeyboardEvent) => {
    if (!suggestions.length) return;
    if (e.key === 'ArrowDown') { setActive((a) => Math.min(suggestions.length - 1, a + 1)); e.preventDefault(); }
    else if (e.key === 'ArrowUp') { setActive((a) => Math.max(-1, a - 1)); e.preventDefault(); }
    else if (e.key === 'Escape') setSuggestions([]);
    else if (e.key === 'Enter' && active >= 0) { e.preventDefault(); submit(suggestions[active]); }
  };
  return (
    <form class="searchbox" role="search" onSubmit={(e) => { e.preventDefault(); submit(q); }}>
      <div class="searchbox__field">
        <input ref={input} type="search" class="input searchbox__input" value={q} placeholder={t('searchPlaceholder')} title="/"
               aria-label={t('searchButton')} autoComplete="off" autoFocus data-test="q"
               onInput={(e) => typed(e.currentTarget.value)} onKeyDown={onKey}
               onBlur={() => window.setTimeout(() => setSuggestions([]), 150)} />
        {suggestions.length > 0 && (
          <ul class="suggest" role="listbox" data-test="suggestions">
            {suggestions.map((s, i) => (
              <li key={s} role="option" aria-selected={i === active} class={`suggest__item${i === active ? ' suggest__item--active' : ''}`}
                  onMouseDown={(e) => { e.preventDefault(); submit(s); }}>{s}</li>
            ))}
          </ul>
        )}
      </div>
      <button type="submit" class="button button--primary" data-test="search">{t('searchButton')}</button>
    </form>
  );
}

function Facets({ result, params, toggle }: { result: SearchResult; params: URLSearchParams; toggle: (f: string, v: string) => void }) {
  const f = result.facets ?? {};
  const provinces = new Map((f.province ?? []).map((v) => [v.value, v]));
  const checked = (facet: string, value: string) => params.getAll(facet).includes(value);
  const option = (facet: string, v: FacetValue, label: string, nested = false) => (
    <li key={`${facet}:${v.value}`} class={`facet__option${nested ? ' facet__option--nested' : ''}`}>
      <label>
        <input type="checkbox" checked={checked(facet, v.value)} onChange={() => toggle(facet, v.value)}
               data-test={`facet-${facet}-${v.value}`} />
        <span class="facet__label">{label}</span>
        <span class="facet__count" data-test={`count-${facet}-${v.value}`}>{v.count}</span>
      </label>
    </li>
  );
  return (
    <>
      <div class="facet">
        <h3 class="facet__title">{t('facet_region')}</h3>
        <ul class="facet__list">
          {(f.region ?? []).map((area) => {
            const own = (AREAS[area.value] ?? []).map((p) => provinces.get(p)).filter((p): p is FacetValue => !!p && p.count > 0);
            const open = checked('region', area.value) || own.some((p) => checked('province', p.value));
            return [option('region', area, areaName(area.value)),
              ...(open ? own.map((p) => option('province', p, p.value, true)) : [])];
          })}
        </ul>
      </div>
      <div class="facet">
        <h3 class="facet__title">{t('facet_industry')}</h3>
        <ul class="facet__list">
          {(f.industry ?? []).map((v) => option('industry', v, `${v.value} ${lang() === 'zh' ? v.label ?? industryName(v.value) : industryName(v.value)}`))}
        </ul>
      </div>
      <div class="facet">
        <h3 class="facet__title">{t('facet_tier')}</h3>
        <ul class="facet__list">{(f.tier ?? []).map((v) => option('tier', v, tierName(v.value)))}</ul>
      </div>
      <div class="facet">
        <h3 class="facet__title">{t('facet_documentType')}</h3>
        <ul class="facet__list">{(f.documentType ?? []).map((v) => option('documentType', v, docTypeName(v.value)))}</ul>
      </div>
    </>
  );
}

function HitRow({ hit }: { hit: Hit }) {
  const c = hit.customer ?? {};
  const place = [c.region?.province, c.region?.city].filter(Boolean).join(' ');
  return (
    <li class="hit" data-test="hit" data-id={hit.id}>
      <a class="hit__thumb" href={href(`documents/${hit.id}`)} tabIndex={-1} aria-hidden="true">
        <img src={previewUrl(hit.id, 1, true)} alt="" loading="lazy" />
      </a>
      <div class="hit__body">
        <div class="hit__head">
          <a class="hit__title" href={href(`documents/${hit.id}`)} data-test="hit-link">{c.name ?? hit.archiveNo ?? hit.id.slice(0, 12)}</a>
          <TierBadge tier={c.tier} />
          {hit.status === 'NEEDS_REVIEW' && <span class="badge badge--warn">{t('statusNeedsReview')}</span>}
        </div>
        <div class="hit__meta">
          <span class="hit__no">{hit.archiveNo}</span>
          <span>{docTypeName(hit.documentType)}</span>
          {place && <span>{place}</span>}
          {c.industry?.code && <span>{industryName(c.industry.code)}</span>}
          {hit.registeredOn && <span>{hit.registeredOn}</span>}
        </div>
        {hit.highlights?.slice(0, 3).map((h, i) => <p key={i} class="hit__snippet"><Highlight html={h} /></p>)}
      </div>
    </li>
  );
}

function CustomerRow({ hit, params }: { hit: Hit; params: URLSearchParams }) {
  const c = hit.customer ?? {};
  const docs = new URLSearchParams(params);
  docs.delete('groupBy'); docs.delete('page');
  if (c.name) docs.set('q', `"${c.name}"`);
  return (
    <li class="hit hit--customer" data-test="customer">
      <div class="hit__body">
        <div class="hit__head">
          <a class="hit__title" href={href('search', docs)}>{c.name ?? t('none')}</a>
          <TierBadge tier={c.tier} />
          <span class="badge">{t('documentsOfCustomer', { n: hit.documents ?? 1 })}</span>
        </div>
        <div class="hit__meta">
          {c.region?.province && <span>{[c.region.province, c.region.city].filter(Boolean).join(' ')}</span>}
          {c.industry?.code && <span>{industryName(c.industry.code)}</span>}
          <a href={href(`documents/${hit.id}`)}>{hit.archiveNo}</a>
        </div>
        {hit.highlights?.slice(0, 2).map((h, i) => <p key={i} class="hit__snippet"><Highlight html={h} /></p>)}
      </div>
    </li>
  );
}
