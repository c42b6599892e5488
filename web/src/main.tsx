// Entry point: restores the device's copy, renders the shell, and registers the service worker.
import { render } from "preact";
import "./styles.css";
import { App } from "./app.tsx";
import { boot } from "./state/session-actions.ts";

render(<App />, document.getElementById("app")!);
void boot();

if ("serviceWorker" in navigator && import.meta.env.PROD) {
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("/sw.js").catch(() => undefined);
  });
}
