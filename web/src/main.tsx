import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import './style.css';
import { api, csrfToken, type Me } from './api';
import { ErrorLine } from './components';
import { lang, setLang, t, type Key } from './i18n';
import { href, useRoute } from './router';
import { SearchPage } from './pages/search';
import { DocumentPage } from './pages/document';
import { UploadPage } from './pages/upload';
import { ReviewPage } from './pages/review';
import { AccessPage } from './pages/access';
import { AuditPage } from './pages/audit';
import { UsersPage } from './pages/users';

/** What each role may open (interfaces.md, Roles); the server checks it again on every request. */
const PAGES: { path: string; label: Key; roles: Me['role'][] }[] = [
  { path: 'search', label: 'navSearch', roles: ['ADMIN', 'ARCHIVIST', 'VIEWER'] },
  { path: 'upload', label: 'navUpload', roles: ['ADMIN', 'ARCHIVIST'] },
  { path: 'review', label: 'navReview', roles: ['ADMIN', 'ARCHIVIST'] },
  { path: 'access', label: 'navAccess', roles: ['ADMIN', 'ARCHIVIST', 'VIEWER'] },
  { path: 'audit', label: 'navAudit', roles: ['ADMIN', 'AUDITOR'] },
  { path: 'users', label: 'navUsers', roles: ['ADMIN'] },
];

function App() {
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [, setLangState] = useState(lang());
  const route = useRoute();

  useEffect(() => { api<Me>('/api/me').then(setMe, setError); }, []);
  useEffect(() => { document.title = t('appName'); });

  if (error) return <main class="page"><ErrorLine error={error} /></main>;
  if (!me) return <main class="page page--loading">{t('loading')}</main>;

  const allowed = PAGES.filter((p) => p.roles.includes(me.role));
  const first = route.parts[0] ?? '';
  const current = first === 'documents' ? 'search' : allowed.some((p) => p.path === first) ? first : allowed[0]?.path;
  const switchLang = () => { const l = lang() === 'zh' ? 'en' : 'zh'; setLang(l); setLangState(l); };

  let body;
  if (first === 'documents' && route.parts[1] && me.role !== 'AUDITOR') body = <DocumentPage id={route.parts[1]} me={me} />;
  else if (current === 'search') body = <SearchPage params={route.params} />;
  else if (current === 'upload') body = <UploadPage />;
  else if (current === 'review') body = <ReviewPage me={me} selected={route.parts[1]} />;
  else if (current === 'access') body = <AccessPage me={me} params={route.params} />;
  else if (current === 'audit') body = <AuditPage params={route.params} />;
  else if (current === 'users') body = <UsersPage me={me} />;

  return (
    <>
      <header class="topbar">
        <a class="topbar__brand" href={href(allowed[0]?.path ?? 'search')}>
          <span class="topbar__logo" aria-hidden="true">档</span>{t('appName')}
        </a>
        <nav class="topbar__nav">
          {allowed.map((p) => (
            <a key={p.path} href={href(p.path)} class={`topbar__link${p.path === current ? ' topbar__link--active' : ''}`}
               data-test={`nav-${p.path}`}>{t(p.label)}</a>
          ))}
        </nav>
        <div class="topbar__user">
          <span class="topbar__who" data-test="who">{me.username} · {t(`role_${me.role}` as Key)}
            {me.regions?.length ? ` · ${me.regions.join('、')}` : ''}</span>
          <button type="button" class="link-button topbar__lang" onClick={switchLang} data-test="lang">{t('langSwitch')}</button>
          <form method="post" action="/logout" class="topbar__logout"
                onSubmit={(e) => { (e.currentTarget.elements.namedItem('_csrf') as HTMLInputElement).value = csrfToken(); }}>
            <input type="hidden" name="_csrf" value="" />
            <button type="submit" class="link-button">{t('logout')}</button>
          </form>
        </div>
      </header>
      <main class="page">{body}</main>
    </>
  );
}

render(<App />, document.getElementById('app')!);
