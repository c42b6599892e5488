// Entry point: restores the device's copy, renders the shell, and registers the service worker.
import { render } from "preact";
import "./styles.css";
import { App } from "./app.tsx";
import { boot } from "./state/session-actions.ts";

render(<App />, document.getElementById("app")!);
void boot();

// The service worker precaches the whole app: start it once the first screen is up and the page is
// idle, so it never competes with the first paint.
if ("serviceWorker" in navigator && import.meta.env.PROD) {
  const register = () => void navigator.serviceWorker.register("/sw.js").catch(() => undefined);
  window.addEventListener("load", () =>
    "requestIdleCallback" in window
      ? requestIdleCallback(register, { timeout: 3000 })
      : setTimeout(register, 1000),
  );
}
