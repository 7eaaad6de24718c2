// Chinese first, English switchable; the choice is kept in localStorage.
export type Lang = 'zh' | 'en';

const KEY = 'archive.lang';

const zh = {
  appName: '客户档案检索',
  appSub: '纸质客户档案 · 全文检索与归档',
  navSearch: '检索', navUpload: '上传', navReview: '复核', navAccess: '调阅申请', navAudit: '审计日志', navUsers: '用户',
  logout: '退出', langSwitch: 'English',
  role_ADMIN: '管理员', role_ARCHIVIST: '档案员', role_VIEWER: '查阅人', role_AUDITOR: '审计员',
  // login
  loginTitle: '登录', loginHint: '客户档案含个人信息，所有查阅均记入审计日志。', username: '用户名', password: '密码',
  loginButton: '登录', loginError: '登录失败：用户名或密码错误，或账号因多次失败已被暂时锁定。请稍后再试或联系管理员。',
  loginUnavailable: '审计日志暂时无法写入，登录未完成，请稍后再试。', loginLogout: '已退出登录。',
  // search
  searchPlaceholder: '客户名称、档案编号、联系人、地址……（短语请加引号）', searchButton: '检索',
  sortRelevance: '按相关度', sortNewest: '建档日期：新 → 旧', sortOldest: '建档日期：旧 → 新',
  viewDocuments: '按档案', viewCustomers: '按客户',
  filters: '筛选', clearAll: '清除全部', facet_region: '地区', facet_industry: '行业', facet_tier: '客户等级',
  facet_documentType: '档案类型', dateFrom: '建档起', dateTo: '建档止',
  total: '共 {n} 份档案', totalCustomers: '共 {n} 位客户（{d} 份档案）', noHits: '没有找到匹配的档案。试试更短的关键词或清除筛选。',
  documentsOfCustomer: '{n} 份档案', showDocuments: '查看档案',
  prev: '上一页', next: '下一页', pageOf: '第 {p} / {n} 页', loading: '加载中……', statusNeedsReview: '待复核',
  // document
  back: '返回', page: '页', zoomIn: '放大', zoomOut: '缩小', zoomFit: '适合宽度', rotate: '旋转',
  prevPage: '上一页', nextPage: '下一页', fields: '字段', confidence: '置信度', lowConfidence: '置信度低，请核对',
  ocrText: 'OCR 全文', transactions: '交易记录', communications: '沟通记录', date: '日期', item: '项目', amount: '金额',
  channel: '方式', summary: '内容', download: '下载原件', requestAccess: '申请调阅原件', purpose: '用途',
  purposeHint: '请说明调阅原件的用途（至少 4 个字）', days: '有效天数', submit: '提交', cancel: '取消',
  requestSent: '申请已提交，等待档案员审批。', maskedNote: '个人信息已按您的权限遮蔽。', accessPending: '调阅申请审批中',
  accessGranted: '调阅申请已批准，可下载原件（有效至 {t}）', none: '—', file: '文件名', statusLabel: '状态', pages: '页数',
  reviewThis: '复核此档案', reviewed: '复核', reviewedBy: '第 {n} 版 · {u} 复核于 {t}',
  f_archiveNo: '档案编号', f_documentType: '档案类型', f_registeredOn: '建档日期', f_name: '客户名称', f_type: '客户类型',
  f_tier: '客户等级', f_industry: '所属行业', f_industryRaw: '行业（原文）', f_region: '地区', f_province: '省份',
  f_city: '城市', f_address: '地址', f_contactPerson: '联系人', f_phone: '电话', f_mobile: '手机', f_email: '电子邮箱',
  // upload
  uploadTitle: '上传扫描件', dropHere: '将扫描件拖放到这里，或', chooseFiles: '选择文件',
  uploadTypes: '可多选：PDF、JPEG、PNG、TIFF。相同文件不会重复入库。', uploading: '上传中', processing: '识别中',
  outcome_INDEXED: '已入库', outcome_NEEDS_REVIEW: '待复核', outcome_FAILED: '失败', outcome_DUPLICATE: '重复（已存在）',
  outcome_REJECTED: '被拒绝', open: '打开', clearDone: '清除已完成',
  // review
  reviewTitle: '复核队列（双重验证）', reviewEmpty: '没有待复核的档案。', reviewSave: '确认并保存', reviewSaved: '已保存为第 {n} 版',
  reviewKeys: 'Tab 切换字段 · Ctrl+Enter 保存 · J / K 下一份 / 上一份', reviewConflict: '此档案已被他人修改，请重新加载后再改。',
  reviewReload: '重新加载', lowFields: '待核对', reviewOf: '第 {i} / {n} 份', reviewBackendMissing: '复核接口不可用：{e}',
  // access
  accessTitle: '调阅申请', requester: '申请人', document: '档案', requestedAt: '申请时间', decision: '审批', approve: '批准',
  reject: '驳回', note: '备注', validUntil: '有效至', status_PENDING: '待审批', status_APPROVED: '已批准',
  status_REJECTED: '已驳回', accessEmpty: '暂无调阅申请。', onlyPending: '只看待审批',
  // audit
  auditTitle: '审计日志', time: '时间', user: '用户', role: '角色', action: '操作', target: '对象', outcome: '结果',
  client: '客户端', details: '详情', timeFrom: '起始时间', timeTo: '截止时间', filter: '筛选', auditEmpty: '没有符合条件的审计记录。', documentId: '档案 ID',
  // users
  usersTitle: '用户管理', regions: '地区范围', allRegions: '全部地区', enabled: '启用', save: '保存', newUser: '新建用户',
  create: '创建', saved: '已保存', newPassword: '新密码（留空不改）', createdAt: '创建时间',
  errorPrefix: '出错了：',
};

type Dict = typeof zh;
export type Key = keyof Dict;

const en: Dict = {
  appName: 'Customer Archive', appSub: 'Paper customer files · full-text search and filing',
  navSearch: 'Search', navUpload: 'Upload', navReview: 'Review', navAccess: 'Access requests', navAudit: 'Audit log',
  navUsers: 'Users', logout: 'Log out', langSwitch: '中文',
  role_ADMIN: 'Admin', role_ARCHIVIST: 'Archivist', role_VIEWER: 'Viewer', role_AUDITOR: 'Auditor',
  loginTitle: 'Log in', loginHint: 'Customer files hold personal data; every access is written to the audit log.',
  username: 'User name', password: 'Password', loginButton: 'Log in',
  loginError: 'Login failed: wrong user name or password, or the account is locked for a while after failed attempts.',
  loginUnavailable: 'The audit log cannot be written right now, so the login did not complete. Try again shortly.',
  loginLogout: 'You have logged out.',
  searchPlaceholder: 'Customer name, archive number, contact, address… (quote phrases)', searchButton: 'Search',
  sortRelevance: 'Relevance', sortNewest: 'Registered: newest first', sortOldest: 'Registered: oldest first',
  viewDocuments: 'Documents', viewCustomers: 'By customer',
  filters: 'Filters', clearAll: 'Clear all', facet_region: 'Region', facet_industry: 'Industry', facet_tier: 'Tier',
  facet_documentType: 'Document type', dateFrom: 'Registered from', dateTo: 'to',
  total: 'Documents: {n}', totalCustomers: 'Customers: {n} (documents: {d})',
  noHits: 'No matching documents. Try shorter keywords or clear the filters.',
  documentsOfCustomer: '{n} documents', showDocuments: 'Show documents',
  prev: 'Previous', next: 'Next', pageOf: 'Page {p} of {n}', loading: 'Loading…', statusNeedsReview: 'Needs review',
  back: 'Back', page: 'Page', zoomIn: 'Zoom in', zoomOut: 'Zoom out', zoomFit: 'Fit width', rotate: 'Rotate',
  prevPage: 'Previous page', nextPage: 'Next page', fields: 'Fields', confidence: 'Confidence',
  lowConfidence: 'Low confidence: please check', ocrText: 'OCR text', transactions: 'Transactions',
  communications: 'Communications', date: 'Date', item: 'Item', amount: 'Amount', channel: 'Channel', summary: 'Summary',
  download: 'Download original', requestAccess: 'Request the original', purpose: 'Purpose',
  purposeHint: 'Why do you need the original? (at least 4 characters)', days: 'Days', submit: 'Submit', cancel: 'Cancel',
  requestSent: 'Request sent; an archivist will decide.', maskedNote: 'Personal data is masked for your role.',
  accessPending: 'Access request pending', accessGranted: 'Access approved: you may download the original (until {t})',
  none: '—', file: 'File', statusLabel: 'Status', pages: 'Pages', reviewThis: 'Review this document', reviewed: 'Reviewed',
  reviewedBy: 'revision {n} · by {u} at {t}',
  f_archiveNo: 'Archive no.', f_documentType: 'Document type', f_registeredOn: 'Registered on', f_name: 'Customer',
  f_type: 'Customer type', f_tier: 'Tier', f_industry: 'Industry', f_industryRaw: 'Industry (as written)',
  f_region: 'Region', f_province: 'Province', f_city: 'City', f_address: 'Address', f_contactPerson: 'Contact',
  f_phone: 'Phone', f_mobile: 'Mobile', f_email: 'E-mail',
  uploadTitle: 'Upload scans', dropHere: 'Drop scans here, or', chooseFiles: 'choose files',
  uploadTypes: 'Many at once: PDF, JPEG, PNG, TIFF. The same file is never stored twice.', uploading: 'Uploading',
  processing: 'Reading', outcome_INDEXED: 'Indexed', outcome_NEEDS_REVIEW: 'Needs review', outcome_FAILED: 'Failed',
  outcome_DUPLICATE: 'Duplicate (already stored)', outcome_REJECTED: 'Rejected', open: 'Open', clearDone: 'Clear finished',
  reviewTitle: 'Review queue (double check)', reviewEmpty: 'Nothing to review.', reviewSave: 'Confirm and save',
  reviewSaved: 'Saved as revision {n}', reviewKeys: 'Tab between fields · Ctrl+Enter save · J / K next / previous',
  reviewConflict: 'Someone else changed this document; reload it and redo your change.', reviewReload: 'Reload',
  lowFields: 'To check', reviewOf: '{i} of {n}', reviewBackendMissing: 'The review API is not available: {e}',
  accessTitle: 'Access requests', requester: 'Requester', document: 'Document', requestedAt: 'Requested',
  decision: 'Decision', approve: 'Approve', reject: 'Reject', note: 'Note', validUntil: 'Valid until',
  status_PENDING: 'Pending', status_APPROVED: 'Approved', status_REJECTED: 'Rejected', accessEmpty: 'No access requests.',
  onlyPending: 'Pending only',
  auditTitle: 'Audit log', time: 'Time', user: 'User', role: 'Role', action: 'Action', target: 'Target',
  outcome: 'Outcome', client: 'Client', details: 'Details', timeFrom: 'From', timeTo: 'To', filter: 'Filter', auditEmpty: 'No matching audit events.',
  documentId: 'Document id',
  usersTitle: 'Users', regions: 'Region scope', allRegions: 'All regions', enabled: 'Enabled', save: 'Save',
  newUser: 'New user', create: 'Create', saved: 'Saved', newPassword: 'New password (blank: unchanged)',
  createdAt: 'Created', errorPrefix: 'Error: ',
};

const dicts: Record<Lang, Dict> = { zh, en };

let current: Lang = (localStorage.getItem(KEY) as Lang) === 'en' ? 'en' : 'zh';

export function lang(): Lang {
  return current;
}

export function setLang(l: Lang): void {
  current = l;
  localStorage.setItem(KEY, l);
  document.documentElement.lang = l === 'zh' ? 'zh-CN' : 'en';
}

document.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';

/** The text for {@code key} in the current language, with {name} placeholders filled in. */
export function t(key: Key, vars?: Record<string, string | number>): string {
  let s = dicts[current][key];
  if (vars) {
    for (const [k, v] of Object.entries(vars)) s = s.replace(`{${k}}`, String(v));
  }
  return s;
}

// Code lists of record-schema.md, with their names in both languages.
const DOC_TYPES: Record<string, [string, string]> = {
  REGISTRATION_FORM: ['客户档案登记表', 'Registration form'],
  CONTRACT: ['业务约定书 / 合同', 'Contract'],
  FEEDBACK_FORM: ['客户意见反馈单', 'Feedback form'],
  TRANSACTION_RECORD: ['交易记录', 'Transaction record'],
  OTHER: ['其他', 'Other'],
};
const TIERS: Record<string, [string, string]> = {
  VIP: ['VIP 客户', 'VIP'], KEY: ['重点客户', 'Key'], STANDARD: ['普通客户', 'Standard'], PROSPECT: ['潜在客户', 'Prospect'],
};
const CUSTOMER_TYPES: Record<string, [string, string]> = { COMPANY: ['企业', 'Company'], INDIVIDUAL: ['个人', 'Individual'] };
const STATUSES: Record<string, [string, string]> = {
  RECEIVED: ['已接收', 'Received'], STORED: ['已存储', 'Stored'], INDEXED: ['已入库', 'Indexed'],
  NEEDS_REVIEW: ['待复核', 'Needs review'], FAILED: ['失败', 'Failed'],
};
export const INDUSTRIES: Record<string, [string, string]> = {
  A: ['农、林、牧、渔业', 'Agriculture'], B: ['采矿业', 'Mining'], C: ['制造业', 'Manufacturing'],
  D: ['电力、热力、燃气及水生产和供应业', 'Utilities'], E: ['建筑业', 'Construction'], F: ['批发和零售业', 'Wholesale & retail'],
  G: ['交通运输、仓储和邮政业', 'Transport & logistics'], H: ['住宿和餐饮业', 'Hotels & catering'],
  I: ['信息传输、软件和信息技术服务业', 'IT & software'], J: ['金融业', 'Finance'], K: ['房地产业', 'Real estate'],
  L: ['租赁和商务服务业', 'Leasing & business services'], M: ['科学研究和技术服务业', 'Research & technical services'],
  N: ['水利、环境和公共设施管理业', 'Water, environment & public facilities'],
  O: ['居民服务、修理和其他服务业', 'Household & repair services'], P: ['教育', 'Education'],
  Q: ['卫生和社会工作', 'Health & social work'], R: ['文化、体育和娱乐业', 'Culture, sports & entertainment'],
  S: ['公共管理、社会保障和社会组织', 'Public administration'], T: ['国际组织', 'International organisations'],
};
const AREA_EN: Record<string, string> = {
  华北: 'North', 东北: 'Northeast', 华东: 'East', 华中: 'Central', 华南: 'South', 西南: 'Southwest', 西北: 'Northwest',
  港澳台: 'HK, Macao, Taiwan',
};

/** The seven areas and 港澳台 with their provinces (record-schema.md). */
export const AREAS: Record<string, string[]> = {
  华北: ['北京市', '天津市', '河北省', '山西省', '内蒙古自治区'],
  东北: ['辽宁省', '吉林省', '黑龙江省'],
  华东: ['上海市', '江苏省', '浙江省', '安徽省', '福建省', '江西省', '山东省'],
  华中: ['河南省', '湖北省', '湖南省'],
  华南: ['广东省', '广西壮族自治区', '海南省'],
  西南: ['重庆市', '四川省', '贵州省', '云南省', '西藏自治区'],
  西北: ['陕西省', '甘肃省', '青海省', '宁夏回族自治区', '新疆维吾尔自治区'],
  港澳台: ['香港特别行政区', '澳门特别行政区', '台湾省'],
};

function pick(table: Record<string, [string, string]>, code: string | null | undefined): string {
  if (!code) return t('none');
  const names = table[code];
  return names ? names[current === 'zh' ? 0 : 1] : code;
}

export const docTypeName = (c?: string | null) => pick(DOC_TYPES, c);
export const tierName = (c?: string | null) => pick(TIERS, c);
export const customerTypeName = (c?: string | null) => pick(CUSTOMER_TYPES, c);
export const statusName = (c?: string | null) => pick(STATUSES, c);
export const industryName = (c?: string | null) => pick(INDUSTRIES, c);
export const areaName = (a: string) => (current === 'zh' ? a : `${AREA_EN[a] ?? a} (${a})`);
export const DOC_TYPE_CODES = Object.keys(DOC_TYPES);
export const TIER_CODES = Object.keys(TIERS);
export const CUSTOMER_TYPE_CODES = Object.keys(CUSTOMER_TYPES);

export function fmtDateTime(iso?: string | null): string {
  if (!iso) return t('none');
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
