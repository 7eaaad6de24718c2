import { defineConfig } from 'vite';
import { resolve } from 'node:path';

// Built into target/classes/META-INF/resources: the web jar that search-api serves at '/'.
// Two pages: the app (index.html, needs a session) and the public login page (login.html).
// The output has no inline script or style, so it runs under the server's CSP (script-src 'self';
// style-src 'self').
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: resolve(import.meta.dirname, 'target/classes/META-INF/resources'),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: { index: resolve(import.meta.dirname, 'index.html'), login: resolve(import.meta.dirname, 'login.html') },
    },
  },
  server: {
    // `npm run dev` against a running ./archive start (ARCHIVE_PORT, default 8080).
    proxy: Object.fromEntries(['/api', '/login', '/logout'].map((p) => [p, `http://localhost:${process.env.ARCHIVE_PORT ?? 8080}`])),
  },
});
