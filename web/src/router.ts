import { useEffect, useState } from 'preact/hooks';

// Hash routes (#/search?q=…, #/documents/<id>): every page and query is a URL that can be bookmarked
// and shared, and the server needs no route of its own for them.
export interface Route { parts: string[]; params: URLSearchParams }

export function parseHash(hash: string = window.location.hash): Route {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  return { parts: path.split('/').filter(Boolean).map(decodeURIComponent), params };
}

export function href(path: string, params?: URLSearchParams | Record<string, string>): string {
  const p = params instanceof URLSearchParams ? params : new URLSearchParams(params ?? {});
  const qs = p.toString();
  return `#/${path}${qs ? `?${qs}` : ''}`;
}

export function navigate(path: string, params?: URLSearchParams | Record<string, string>): void {
  window.location.hash = href(path, params);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(parseHash());
  useEffect(() => {
    const on = () => setRoute(parseHash());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}
