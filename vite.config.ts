import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The web app: a React SPA whose source lives in src/web and whose build (dist/web) the
 * API server serves. The production CSP allows no inline script, so nothing here may
 * inline one. In development `npm run dev` runs this server on :3000 and the API on :3001.
 */
export default defineConfig({
  root: here('./src/web'),
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: here('./dist/web'),
    emptyOutDir: true,
    sourcemap: true,
    // Keep every asset a file: a data: URL script would be refused by the CSP.
    assetsInlineLimit: 0,
  },
  server: {
    port: 3000,
    strictPort: true,
    proxy: { '/api': { target: 'http://127.0.0.1:3001', changeOrigin: false } },
  },
  preview: { port: 3000 },
});
