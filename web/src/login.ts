// The login page: a plain form POST to /login (Spring Security form login). This script only puts the
// CSRF token from the XSRF-TOKEN cookie into the form, says why the last attempt failed, and switches
// the language. The server decides everything.
import './style.css';
import { csrfToken } from './api';
import { lang, setLang, t, type Key } from './i18n';

const TEXTS: [string, Key][] = [['app-name', 'appName'], ['login-title', 'loginTitle'], ['login-hint', 'loginHint'],
  ['label-username', 'username'], ['label-password', 'password'], ['login-button', 'loginButton'], ['lang', 'langSwitch']];
const MESSAGES: Record<string, Key> = { error: 'loginError', unavailable: 'loginUnavailable', logout: 'loginLogout' };

function paint(): void {
  for (const [id, key] of TEXTS) document.getElementById(id)!.textContent = t(key);
  document.title = `${t('loginTitle')} · ${t('appName')}`;
  const params = new URLSearchParams(window.location.search);
  const reason = Object.keys(MESSAGES).find((k) => params.has(k));
  const box = document.getElementById('login-message')!;
  if (reason) {
    box.textContent = t(MESSAGES[reason]);
    box.className = reason === 'logout' ? 'message message--info' : 'message message--error';
    box.hidden = false;
  }
}

const form = document.getElementById('login-form') as HTMLFormElement;
form.addEventListener('submit', () => {
  (document.getElementById('csrf') as HTMLInputElement).value = csrfToken();
});
document.getElementById('lang')!.addEventListener('click', () => {
  setLang(lang() === 'zh' ? 'en' : 'zh');
  paint();
});
paint();
document.getElementById('username')!.focus();
