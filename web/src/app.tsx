// The shell: skip link, header with navigation, the current screen in <main>, and the sync status.
import { useEffect, useRef } from "preact/hooks";
import { Link, lazyScreen, usePath } from "./router.tsx";
import { useAppState } from "./state/app-state.ts";
import { Welcome } from "./screens/welcome.tsx";

const Today = lazyScreen(() => import("./screens/today.tsx"));
const Assessment = lazyScreen(() => import("./screens/assessment.tsx"));
const CheckInScreen = lazyScreen(() => import("./screens/check-in.tsx"));
const Plan = lazyScreen(() => import("./screens/plan.tsx"));
const Session = lazyScreen<{ exerciseId: string }>(() => import("./screens/session.tsx"));
const Runs = lazyScreen(() => import("./screens/runs.tsx"));
const Progress = lazyScreen(() => import("./screens/progress.tsx"));
const Learn = lazyScreen<{ topicId: string | null }>(() => import("./screens/learn.tsx"));
const Prevention = lazyScreen(() => import("./screens/prevention.tsx"));
const Settings = lazyScreen(() => import("./screens/settings.tsx"));
const ImportScreen = lazyScreen(() => import("./imports/import-screen.tsx"));
const LoadReport = lazyScreen(() => import("./imports/load-report-screen.tsx"));
const Auth = lazyScreen<{ mode: "sign-in" | "sign-up" }>(() => import("./screens/auth.tsx"));

const NAV = [
  { href: "/", label: "Today" },
  { href: "/check-in", label: "Check in" },
  { href: "/plan", label: "Plan" },
  { href: "/runs", label: "Runs" },
  { href: "/import", label: "Import" },
  { href: "/progress", label: "Progress" },
  { href: "/learn", label: "Learn" },
  { href: "/settings", label: "Settings" },
] as const;

function Screen({ path }: { path: string }) {
  const { episode, ready } = useAppState();
  if (path === "/") return !ready ? <p class="loading">Loading…</p> : episode ? <Today /> : <Welcome />;
  if (path === "/start") return <Assessment />;
  if (path === "/check-in") return <CheckInScreen />;
  if (path === "/plan") return <Plan />;
  if (path.startsWith("/plan/")) return <Session exerciseId={decodeURIComponent(path.slice(6))} />;
  if (path === "/runs") return <Runs />;
  if (path === "/progress") return <Progress />;
  if (path === "/import") return <ImportScreen />;
  if (path === "/load-report") return <LoadReport />;
  if (path === "/learn" || path.startsWith("/learn/"))
    return <Learn topicId={path.length > 7 ? decodeURIComponent(path.slice(7)) : null} />;
  if (path === "/prevention") return <Prevention />;
  if (path === "/settings") return <Settings />;
  if (path === "/sign-in" || path === "/sign-up")
    return <Auth mode={path === "/sign-in" ? "sign-in" : "sign-up"} />;
  return (
    <section class="card">
      <h1>Page not found</h1>
      <p>
        <Link href="/">Go to today's answer</Link>
      </p>
    </section>
  );
}

export function App() {
  const path = usePath();
  const { episode, user, online, pending, syncProblems } = useAppState();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // After a route change, move focus to the new screen's heading (not on the first load).
    if (first.current) return void (first.current = false);
    const h = main.current?.querySelector<HTMLElement>("h1");
    if (h) {
      h.tabIndex = -1;
      h.focus({ preventScroll: location.hash !== "" });
    }
  }, [path]);
  const active = (href: string) => (href === "/" ? path === "/" : path.startsWith(href));
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <Link href="/" class="brand" aria-label="Stride Back, today">
          <svg viewBox="0 0 64 64" width="32" height="32" aria-hidden="true" focusable="false">
            <rect width="64" height="64" rx="14" fill="#0f5257" />
            <path
              d="M18 46 C26 30 34 22 46 18 M26 48 C32 38 38 32 48 28"
              stroke="#f7f5f0"
              stroke-width="5"
              stroke-linecap="round"
              fill="none"
            />
          </svg>
          <span>Stride Back</span>
        </Link>
        {episode && (
          <nav aria-label="Main">
            <ul>
              {NAV.map((n) => (
                <li key={n.href}>
                  <Link href={n.href} aria-current={active(n.href) ? "page" : undefined}>
                    {n.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {!episode && (
          <nav aria-label="Account">
            <ul>
              <li>
                <Link href="/learn">Learn</Link>
              </li>
              <li>{user ? <Link href="/settings">Settings</Link> : <Link href="/sign-in">Sign in</Link>}</li>
            </ul>
          </nav>
        )}
      </header>
      <div class="status" role="status" aria-live="polite">
        {!online && <p class="offline">You are offline. Everything you record is kept on this device.</p>}
        {user && pending > 0 && (
          <p class="pending">
            {pending} change{pending > 1 ? "s" : ""} not yet synced
            {online ? ": sending…" : "; they are sent when you are back online."}
          </p>
        )}
        {syncProblems.map((p) => (
          <p class="problem" key={p}>
            {p}
          </p>
        ))}
      </div>
      <main id="main" ref={main}>
        <Screen path={path} />
      </main>
      <footer class="foot">
        <p>Stride Back gives estimates, not diagnoses. In an emergency call 999, 112 or 911.</p>
        <p>
          <Link href="/learn">Learn</Link> · <Link href="/prevention">Prevention</Link> ·{" "}
          <Link href="/settings">Settings</Link>
        </p>
      </footer>
    </>
  );
}
