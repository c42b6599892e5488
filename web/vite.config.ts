// Builds the runner's app (web/dist): Preact, a service worker that precaches the shell and keeps
// GET API answers for offline use, and a manifest so the app installs on a phone.
import { defineConfig } from "vite";
import preact from "@preact/preset-vite";
import { VitePWA } from "vite-plugin-pwa";

export default defineConfig({
  root: import.meta.dirname,
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", manifest: true, modulePreload: { polyfill: false } },
  server: { proxy: { "/api": "http://127.0.0.1:3000" } },
  plugins: [
    preact(),
    VitePWA({
      registerType: "autoUpdate",
      injectRegister: false,
      strategies: "generateSW",
      manifest: {
        name: "Stride Back",
        short_name: "Stride Back",
        description: "Back to running after a hamstring strain: check in daily, follow the plan, log your runs.",
        theme_color: "#0f5257",
        background_color: "#f7f5f0",
        display: "standalone",
        start_url: "/",
        scope: "/",
        icons: [
          { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
          { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
          { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
          { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
        ],
      },
      workbox: {
        globPatterns: ["**/*.{js,css,html,svg,png,webmanifest}"],
        navigateFallback: "/index.html",
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        // The first visit's page is controlled at once, so it keeps working if the connection drops.
        clientsClaim: true,
        skipWaiting: true,
        runtimeCaching: [
          {
            // GET answers are kept so the last plan and episode show offline; writes go through the app's outbox.
            urlPattern: ({ url, request }) => url.pathname.startsWith("/api/") && request.method === "GET",
            handler: "NetworkFirst",
            options: { cacheName: "api-get", networkTimeoutSeconds: 4, expiration: { maxEntries: 60, maxAgeSeconds: 30 * 86_400 } },
          },
        ],
      },
    }),
  ],
});
