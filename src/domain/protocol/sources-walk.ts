// Finds every `sources` list inside a piece of content, so tests (and a reviewer's script) can check
// that each claim names a source and that each source is an allowed citation.

export interface FoundSources {
  readonly path: string;
  readonly sources: readonly unknown[];
}

export function findSources(value: unknown, path = ""): FoundSources[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => findSources(v, `${path}[${i}]`));
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, v]): FoundSources[] => {
    const here = path === "" ? key : `${path}.${key}`;
    if (key === "sources") return [{ path: here, sources: Array.isArray(v) ? v : [v] }];
    return findSources(v, here);
  });
}
