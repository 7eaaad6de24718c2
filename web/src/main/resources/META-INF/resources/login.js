// The login page: puts the CSRF token from the XSRF-TOKEN cookie into the form and says why the last
// attempt failed. The server decides everything; this only fills in a field and shows a message.
'use strict';

const MESSAGES = {
  error: '登录失败：用户名或密码错误，或账号因多次失败已被暂时锁定。请稍后再试或联系管理员。',
  unavailable: '审计日志暂时无法写入，登录未完成，请稍后再试。',
  logout: '已退出登录。',
};

function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : '';
}

document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('login-form');
  form.addEventListener('submit', () => {
    document.getElementById('csrf').value = csrfToken();
  });
  const params = new URLSearchParams(window.location.search);
  const key = Object.keys(MESSAGES).find((k) => params.has(k));
  if (key) {
    const box = document.getElementById('login-message');
    box.textContent = MESSAGES[key];
    box.className = key === 'logout' ? 'message message--info' : 'message message--error';
    box.hidden = false;
  }
  document.getElementById('username').focus();
});
