import { useEffect, useState } from 'preact/hooks';
import { api, type Me, type UserView } from '../api';
import { ErrorLine, Message } from '../components';
import { AREAS, areaName, fmtDateTime, t, type Key } from '../i18n';

const ROLES = ['ADMIN', 'ARCHIVIST', 'VIEWER', 'AUDITOR'];
const AREA_NAMES = Object.keys(AREAS);

/** Users, their roles and region scopes (ADMIN). An empty scope means every region. */
export function UsersPage({ me }: { me: Me }) {
  const [users, setUsers] = useState<UserView[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [ok, setOk] = useState<string | null>(null);
  const load = () => api<UserView[]>('/api/users').then((u) => setUsers(u.sort((a, b) => a.username.localeCompare(b.username))), setError);
  useEffect(() => { load(); }, []);
  const done = (name: string) => { setOk(`${name}: ${t('saved')}`); setError(null); load(); };

  return (
    <div>
      <h1 class="page__title">{t('usersTitle')}</h1>
      <ErrorLine error={error} />
      {ok && <Message kind="ok">{ok}</Message>}
      <table class="table table--wide" data-test="users-table">
        <thead><tr><th>{t('username')}</th><th>{t('role')}</th><th>{t('regions')}</th><th>{t('enabled')}</th>
          <th>{t('newPassword')}</th><th>{t('createdAt')}</th><th /></tr></thead>
        <tbody>
          {users?.map((u) => <UserRow key={u.username} user={u} self={u.username === me.username}
                                      onSaved={() => done(u.username)} onError={setError} />)}
          <NewUser onSaved={done} onError={setError} />
        </tbody>
      </table>
    </div>
  );
}

function Regions({ value, onChange }: { value: string[]; onChange: (v: string[]) => void }) {
  return (
    <div class="regions">
      {AREA_NAMES.map((a) => (
        <label key={a} class="check check--small"><input type="checkbox" checked={value.includes(a)}
          onChange={() => onChange(value.includes(a) ? value.filter((x) => x !== a) : [...value, a])} />{areaName(a)}</label>
      ))}
      {value.length === 0 && <span class="small">（{t('allRegions')}）</span>}
    </div>
  );
}

function UserRow({ user, self, onSaved, onError }: { user: UserView; self: boolean; onSaved: () => void; onError: (e: unknown) => void }) {
  const [role, setRole] = useState(user.role);
  const [regions, setRegions] = useState<string[]>(user.regions ?? []);
  const [enabled, setEnabled] = useState(user.enabled);
  const [password, setPassword] = useState('');
  const save = () => api(`/api/users/${encodeURIComponent(user.username)}`, {
    method: 'PUT', body: { role, regions, enabled, password: password || null },
  }).then(() => { setPassword(''); onSaved(); }, onError);
  return (
    <tr data-test={`user-${user.username}`}>
      <td><strong>{user.username}</strong></td>
      <td><select class="input input--small" value={role} disabled={self} onChange={(e) => setRole(e.currentTarget.value)}>
        {ROLES.map((r) => <option key={r} value={r}>{t(`role_${r}` as Key)}</option>)}</select></td>
      <td><Regions value={regions} onChange={setRegions} /></td>
      <td><input type="checkbox" checked={enabled} disabled={self} onChange={() => setEnabled(!enabled)} /></td>
      <td><input class="input input--small" type="password" value={password} autoComplete="new-password"
                 onInput={(e) => setPassword(e.currentTarget.value)} /></td>
      <td class="nowrap small">{fmtDateTime(user.createdAt)}</td>
      <td><button type="button" class="button button--small button--primary" onClick={save} data-test="save-user">{t('save')}</button></td>
    </tr>
  );
}

function NewUser({ onSaved, onError }: { onSaved: (name: string) => void; onError: (e: unknown) => void }) {
  const [name, setName] = useState('');
  const [role, setRole] = useState('VIEWER');
  const [regions, setRegions] = useState<string[]>([]);
  const [password, setPassword] = useState('');
  const create = () => api('/api/users', { method: 'POST', body: { username: name, password, role, regions } })
    .then(() => { onSaved(name); setName(''); setPassword(''); }, onError);
  return (
    <tr class="row--new">
      <td><input class="input input--small" placeholder={t('newUser')} value={name} onInput={(e) => setName(e.currentTarget.value)} /></td>
      <td><select class="input input--small" value={role} onChange={(e) => setRole(e.currentTarget.value)}>
        {ROLES.map((r) => <option key={r} value={r}>{t(`role_${r}` as Key)}</option>)}</select></td>
      <td><Regions value={regions} onChange={setRegions} /></td>
      <td />
      <td><input class="input input--small" type="password" placeholder={t('password')} value={password} autoComplete="new-password"
                 onInput={(e) => setPassword(e.currentTarget.value)} /></td>
      <td />
      <td><button type="button" class="button button--small" onClick={create}>{t('create')}</button></td>
    </tr>
  );
}
