// 客户档案检索 — the browser UI. Plain ES2020, no framework, no build step.
// Runs under a strict Content-Security-Policy (script-src 'self'): no inline scripts or handlers,
// and nothing from the server is ever parsed as HTML (highlights are built from text nodes).
'use strict';

// Absolute against the origin: a page opened as http://user:pass@host/ has credentials in its own
// URL, and fetch refuses relative URLs resolved against it.
const at = (path) => new URL(path, window.location.origin).toString();
const API = {
  search: at('/api/search'),
  documents: at('/api/documents'),
  document: (id) => at(`/api/documents/${encodeURIComponent(id)}`),
  original: (id) => at(`/api/documents/${encodeURIComponent(id)}/original`),
};

const PAGE_SIZE = 20;

/** Facets in display order; each key is also the query parameter of the same name. */
const FACETS = [
  { key: 'region', title: '地区' },
  { key: 'province', title: '省份' },
  { key: 'industry', title: '行业' },
  { key: 'tier', title: '客户等级' },
  { key: 'documentType', title: '文档类型' },
];

const DOCUMENT_TYPES = {
  REGISTRATION_FORM: '客户档案登记表',
  CONTRACT: '业务约定书 / 合同',
  FEEDBACK_FORM: '客户意见反馈单',
  TRANSACTION_RECORD: '交易 / 业绩记录',
  OTHER: '其他',
};

const TIERS = {
  VIP: 'VIP 客户',
  KEY: '重点客户',
  STANDARD: '普通客户',
  PROSPECT: '潜在客户',
};

// GB/T 4754-2017 sections; used only when the API sends no label.
const INDUSTRIES = {
  A: '农、林、牧、渔业', B: '采矿业', C: '制造业', D: '电力、热力、燃气及水生产和供应业',
  E: '建筑业', F: '批发和零售业', G: '交通运输、仓储和邮政业', H: '住宿和餐饮业',
  I: '信息传输、软件和信息技术服务业', J: '金融业', K: '房地产业', L: '租赁和商务服务业',
  M: '科学研究和技术服务业', N: '水利、环境和公共设施管理业', O: '居民服务、修理和其他服务业',
  P: '教育', Q: '卫生和社会工作', R: '文化、体育和娱乐业', S: '公共管理、社会保障和社会组织',
  T: '国际组织',
};

const STATUSES = {
  RECEIVED: '已接收',
  STORED: '已存储',
  INDEXED: '已入库',
  NEEDS_REVIEW: '待人工复核',
  FAILED: '失败',
};

const $ = (id) => document.getElementById(id);

/** Creates an element with a class and text (text is always a text node, never HTML). */
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

// ---------------------------------------------------------------------------------------------
// State: lives in the URL (?q=…&region=华东&tier=VIP&page=2&sort=…) so searches can be bookmarked
// and back/forward work. The URL's page is 1-based for people; the API's is 0-based.

function readState() {
  const params = new URLSearchParams(window.location.search);
  const filters = {};
  for (const { key } of FACETS) {
    filters[key] = [...new Set(params.getAll(key).filter((v) => v !== ''))];
  }
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    q: params.get('q') ?? '',
    sort: params.get('sort') ?? 'relevance',
    page: Number.isFinite(page) && page >= 1 ? page : 1,
    filters,
  };
}

function stateToParams(state) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const { key } of FACETS) {
    for (const value of state.filters[key]) params.append(key, value);
  }
  if (state.sort && state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

function navigate(state) {
  const query = stateToParams(state).toString();
  const url = window.location.pathname + (query ? `?${query}` : '');
  if (url !== window.location.pathname + window.location.search) {
    window.history.pushState(null, '', url);
  }
  runSearch(state);
}

// ---------------------------------------------------------------------------------------------
// HTTP

function csrfHeaders() {
  // If the server turns on Spring Security's cookie CSRF repository, echo its token back.
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? { 'X-XSRF-TOKEN': decodeURIComponent(match[1]) } : {};
}

/** Turns a failed response into a readable Chinese message, using RFC 7807 detail/title. */
async function errorMessage(response, action) {
  if (response.status === 401) {
    window.location.assign(at('/login.html')); // the session ran out or was never there
    return '需要登录：正在转到登录页面……';
  }
  if (response.status === 403) {
    return `当前账号无权${action}。如需权限，请联系管理员。`;
  }
  let problem = null;
  try {
    const type = response.headers.get('Content-Type') ?? '';
    if (type.includes('json')) problem = await response.json();
  } catch {
    problem = null;
  }
  const text = problem && (problem.detail || problem.title);
  if (response.status === 413) return text || '文件超过大小上限。';
  if (response.status === 415) return text || '不接受此文件类型。';
  return `${action}失败（HTTP ${response.status}）${text ? `：${text}` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Search

let currentState = readState();
let inFlight = null;

async function runSearch(state) {
  currentState = state;
  syncForm(state);
  if (inFlight) inFlight.abort();
  const controller = new AbortController();
  inFlight = controller;

  const params = stateToParams({ ...state, page: 1 });
  params.set('page', String(state.page - 1));
  params.set('size', String(PAGE_SIZE));

  $('results').setAttribute('aria-busy', 'true');
  try {
    const response = await fetch(`${API.search}?${params}`, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
      signal: controller.signal,
    });
    if (!response.ok) {
      showMessage($('message'), await errorMessage(response, '检索'), 'error');
      clearResults();
      return;
    }
    const result = await response.json();
    hideMessage($('message'));
    renderResults(state, result);
  } catch (err) {
    if (err.name === 'AbortError') return;
    showMessage($('message'), `无法连接服务器：${err.message}`, 'error');
    clearResults();
  } finally {
    if (inFlight === controller) {
      inFlight = null;
      $('results').removeAttribute('aria-busy');
    }
  }
}

function syncForm(state) {
  $('q').value = state.q;
  $('sort').value = [...$('sort').options].some((o) => o.value === state.sort)
    ? state.sort : 'relevance';
}

function renderResults(state, result) {
  renderFacets(state, result.facets || {});
  renderSummary(state, result);
  renderHits(result.hits || []);
  renderPager(state, result.total || 0);
}

function clearResults() {
  for (const id of ['facets', 'hits', 'active-filters']) $(id).replaceChildren();
  $('total').textContent = '';
  $('page-info').textContent = '';
  $('prev').disabled = true;
  $('next').disabled = true;
}

function facetLabel(key, entry) {
  if (key === 'industry') {
    const label = entry.label || INDUSTRIES[entry.value];
    return label ? `${entry.value} ${label}` : entry.value;
  }
  if (key === 'tier') return TIERS[entry.value] || entry.value;
  if (key === 'documentType') return DOCUMENT_TYPES[entry.value] || entry.value;
  return entry.value;
}

function renderFacets(state, facets) {
  const container = $('facets');
  container.replaceChildren();
  let anySelected = false;

  for (const { key, title } of FACETS) {
    const entries = Array.isArray(facets[key]) ? [...facets[key]] : [];
    const selected = state.filters[key];
    if (selected.length) anySelected = true;
    // A selected value the server no longer returns must still be visible, so it can be unticked.
    for (const value of selected) {
      if (!entries.some((e) => e.value === value)) entries.push({ value, count: 0 });
    }
    if (!entries.length) continue;

    const fieldset = el('fieldset', 'facet');
    fieldset.append(el('legend', 'facet__title', title));
    const list = el('ul', 'facet__list');
    for (const entry of entries) {
      const item = el('li', 'facet__item');
      const label = el('label', 'facet__label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = selected.includes(entry.value);
      box.addEventListener('change', () => toggleFilter(key, entry.value, box.checked));
      const name = el('span', 'facet__name', facetLabel(key, entry));
      name.title = name.textContent;
      label.append(box, name);
      label.append(el('span', 'facet__count', entry.count ?? 0));
      if (box.checked) item.classList.add('facet__item--checked');
      item.append(label);
      list.append(item);
    }
    fieldset.append(list);
    container.append(fieldset);
  }
  if (!container.childElementCount) {
    container.append(el('p', 'muted', '暂无可筛选项'));
  }
  $('clear-filters').hidden = !anySelected;
}

function toggleFilter(key, value, on) {
  const filters = { ...currentState.filters };
  const values = filters[key].filter((v) => v !== value);
  if (on) values.push(value);
  filters[key] = values;
  navigate({ ...currentState, filters, page: 1 });
}

function renderSummary(state, result) {
  const total = result.total || 0;
  $('total').textContent = state.q
    ? `“${state.q}” 共 ${total.toLocaleString('zh-CN')} 份档案`
    : `共 ${total.toLocaleString('zh-CN')} 份档案`;

  const active = $('active-filters');
  active.replaceChildren();
  for (const { key } of FACETS) {
    for (const value of state.filters[key]) {
      const chip = el('button', 'chip');
      chip.type = 'button';
      chip.title = '移除此筛选';
      chip.append(el('span', null, facetLabel(key, { value })), el('span', 'chip__x', '×'));
      chip.addEventListener('click', () => toggleFilter(key, value, false));
      active.append(chip);
    }
  }
}

/**
 * Renders an API highlight: every character is text, except the <em>…</em> markers the search
 * engine puts around matches, which become real <em> elements. Nothing else can become markup.
 */
// The API HTML-escapes highlight text (so other clients may insert it as HTML) and marks matches
// with <em>: undo the escaping into text nodes, never parse the server's text as markup.
const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&#x2F;': '/' };
function unescapeHtml(text) {
  return text.replace(/&(?:amp|lt|gt|quot|#39|#x27|#x2F);/g, (entity) => ENTITIES[entity]);
}

function renderHighlight(fragment) {
  const node = el('p', 'hit__snippet');
  let target = node;
  for (const part of String(fragment).split(/(<\/?em>)/i)) {
    if (/^<em>$/i.test(part)) {
      target = node.appendChild(document.createElement('em'));
    } else if (/^<\/em>$/i.test(part)) {
      target = node;
    } else if (part) {
      target.appendChild(document.createTextNode(unescapeHtml(part)));
    }
  }
  return node;
}

function renderHits(hits) {
  const list = $('hits');
  list.replaceChildren();
  if (!hits.length) {
    list.append(el('li', 'hits__empty', '没有找到符合条件的档案。请尝试其他关键词或减少筛选条件。'));
    return;
  }
  for (const hit of hits) {
    const customer = hit.customer || {};
    const region = customer.region || {};
    const item = el('li', 'hit');

    const head = el('div', 'hit__head');
    const title = el('a', 'hit__title', customer.name || '（未识别客户名称）');
    title.href = API.document(hit.id);
    head.append(title);
    if (customer.tier) {
      head.append(el('span', `badge badge--tier badge--${customer.tier.toLowerCase()}`,
        TIERS[customer.tier] || customer.tier));
    }
    if (hit.documentType) {
      head.append(el('span', 'badge badge--type', DOCUMENT_TYPES[hit.documentType] || hit.documentType));
    }
    item.append(head);

    const meta = el('dl', 'hit__meta');
    const addMeta = (term, value) => {
      if (!value) return;
      const group = el('div', 'hit__meta-item');
      group.append(el('dt', null, term), el('dd', null, value));
      meta.append(group);
    };
    addMeta('档案编号', hit.archiveNo);
    addMeta('建档日期', hit.registeredOn);
    addMeta('地区', [region.area, region.province, region.city].filter(Boolean).join(' · '));
    const industry = customer.industry || {};
    addMeta('行业', [industry.code, industry.name || INDUSTRIES[industry.code]].filter(Boolean).join(' '));
    item.append(meta);

    for (const fragment of hit.highlights || []) item.append(renderHighlight(fragment));

    const links = el('div', 'hit__links');
    const record = el('a', 'hit__link', '档案记录（JSON）');
    record.href = API.document(hit.id);
    const original = el('a', 'hit__link', '下载原件');
    original.href = API.original(hit.id);
    links.append(record, original);
    item.append(links);

    list.append(item);
  }
}

function renderPager(state, total) {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  $('page-info').textContent = total ? `第 ${state.page} / ${pages} 页` : '';
  $('prev').disabled = state.page <= 1;
  $('next').disabled = state.page >= pages;
}

// ---------------------------------------------------------------------------------------------
// Upload

async function upload(event) {
  event.preventDefault();
  const input = $('upload-files');
  const message = $('upload-message');
  const results = $('upload-results');
  results.replaceChildren();
  if (!input.files.length) {
    showMessage(message, '请先选择要上传的文件。', 'error');
    return;
  }
  const form = new FormData();
  for (const file of input.files) form.append('file', file, file.name);
  const names = [...input.files].map((f) => f.name);

  const button = event.submitter || $('upload-form').querySelector('button');
  button.disabled = true;
  showMessage(message, `正在上传 ${names.length} 个文件……`, 'info');
  try {
    const response = await fetch(API.documents, {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', ...csrfHeaders() },
    });
    if (!response.ok) {
      showMessage(message, await errorMessage(response, '上传'), 'error');
      return;
    }
    const accepted = await response.json();
    (Array.isArray(accepted) ? accepted : [accepted]).forEach((doc, i) => {
      const item = el('li', 'upload__item');
      if (names[i]) item.append(el('span', 'upload__name', names[i]));
      const status = el('span', `badge badge--status badge--${String(doc.status).toLowerCase()}`,
        STATUSES[doc.status] || doc.status);
      const link = el('a', 'upload__id', doc.id);
      link.href = API.document(doc.id);
      item.append(status, link);
      if (doc.error) item.append(el('span', 'upload__error', doc.error));
      results.append(item);
    });
    showMessage(message, `已提交 ${names.length} 个文件，正在处理；识别完成后即可检索。`, 'success');
    input.value = '';
    runSearch(currentState);
  } catch (err) {
    showMessage(message, `上传失败：${err.message}`, 'error');
  } finally {
    button.disabled = false;
  }
}

// ---------------------------------------------------------------------------------------------

function showMessage(node, text, kind) {
  node.textContent = text;
  node.className = `message message--${kind}`;
  node.hidden = false;
}

function hideMessage(node) {
  node.hidden = true;
  node.textContent = '';
}

function init() {
  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    navigate({ ...currentState, q: $('q').value.trim(), sort: $('sort').value, page: 1 });
  });
  $('sort').addEventListener('change', () => {
    navigate({ ...currentState, sort: $('sort').value, page: 1 });
  });
  $('clear-filters').addEventListener('click', () => {
    const filters = Object.fromEntries(FACETS.map(({ key }) => [key, []]));
    navigate({ ...currentState, filters, page: 1 });
  });
  $('prev').addEventListener('click', () => {
    navigate({ ...currentState, page: Math.max(1, currentState.page - 1) });
    window.scrollTo(0, 0);
  });
  $('next').addEventListener('click', () => {
    navigate({ ...currentState, page: currentState.page + 1 });
    window.scrollTo(0, 0);
  });
  $('upload-form').addEventListener('submit', upload);
  window.addEventListener('popstate', () => runSearch(readState()));
  runSearch(currentState);
}

init();
