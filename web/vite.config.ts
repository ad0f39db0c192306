import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import optimizeLocales from '@react-aria/optimize-locales-plugin';

// The server replaces TANDEM_CSP_NONCE in index.html with a fresh nonce per response and sends
// `script-src 'self' 'nonce-…'; style-src 'self' 'nonce-…'`, so nothing inline may lack it.
// Vite puts the nonce on its tags and in <meta property="csp-nonce">, where react-aria finds it
// for the few <style> elements it injects.
export default defineConfig({
  plugins: [
    react(),
    // react-aria ships strings for ~35 locales; Tandem speaks English and Spanish.
    { ...optimizeLocales.vite({ locales: ['en', 'es'] }), enforce: 'pre' },
  ],
  html: { cspNonce: 'TANDEM_CSP_NONCE' },
  build: {
    outDir: 'dist',
    sourcemap: false,
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack)[\\/]/ },
            {
              name: 'aria',
              test: /node_modules[\\/](react-aria|react-aria-components|react-stately|@react-aria|@react-stately|@react-types|@internationalized|@swc|client-only)[\\/]/,
            },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:8080',
    },
  },
});
