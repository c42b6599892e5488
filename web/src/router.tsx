// A small history router: paths to lazily loaded screens, links that do not reload the page, and
// focus moved to the new screen's heading so screen-reader users hear where they are.
import { useEffect, useState } from "preact/hooks";
import type { ComponentChildren, ComponentType, JSX } from "preact";

const listeners = new Set<() => void>();

export function currentPath(): string {
  return location.pathname;
}

export function navigate(path: string, opts: { replace?: boolean } = {}): void {
  if (path === location.pathname + location.search) return;
  if (opts.replace) history.replaceState(null, "", path);
  else history.pushState(null, "", path);
  window.scrollTo(0, 0);
  for (const l of listeners) l();
}

export function usePath(): string {
  const [path, setPath] = useState(currentPath());
  useEffect(() => {
    const l = () => setPath(currentPath());
    listeners.add(l);
    window.addEventListener("popstate", l);
    return () => {
      listeners.delete(l);
      window.removeEventListener("popstate", l);
    };
  }, []);
  return path;
}

export function Link(
  props: JSX.HTMLAttributes<HTMLAnchorElement> & { href: string; children: ComponentChildren },
) {
  const { href, onClick, ...rest } = props;
  return (
    <a
      {...rest}
      href={href}
      onClick={(e) => {
        if (typeof onClick === "function") onClick(e);
        if (e.defaultPrevented || e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
        if (!href.startsWith("/")) return;
        e.preventDefault();
        navigate(href);
      }}
    />
  );
}

type Loader<P> = () => Promise<{ default: ComponentType<P> }>;
const loaded = new Map<Loader<never>, ComponentType<never>>();

/** A component that loads its code on first render (one chunk per screen). */
export function lazyScreen<P extends object>(load: Loader<P>): ComponentType<P> {
  return function LazyScreen(props: P) {
    const [Comp, setComp] = useState<ComponentType<P> | null>(
      () => (loaded.get(load as Loader<never>) as ComponentType<P>) ?? null,
    );
    const [failed, setFailed] = useState<string | null>(null);
    useEffect(() => {
      if (Comp) return;
      let live = true;
      load()
        .then((m) => {
          loaded.set(load as Loader<never>, m.default as ComponentType<never>);
          if (live) setComp(() => m.default);
        })
        .catch((e: Error) => live && setFailed(e.message));
      return () => {
        live = false;
      };
    }, [Comp]);
    if (failed)
      return <p role="alert">This screen could not load ({failed}). Check the connection and try again.</p>;
    if (!Comp)
      return (
        <p class="loading" aria-busy="true">
          Loading…
        </p>
      );
    return <Comp {...props} />;
  };
}
