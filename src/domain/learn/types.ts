// The shape of a Learn article: plain data (no HTML), so the app, a printout and a screen reader
// all render the same words. Each section names its sources; a topic lists the rule ids it explains.
import type { Citation, Sourced } from "../protocol/citations.ts";

export type Block =
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "bullets"; readonly items: readonly string[] };

export interface Section extends Sourced {
  /** Stable kebab-case anchor: rule links point at it. */
  readonly id: string;
  readonly heading: string;
  readonly blocks: readonly Block[];
}

export interface TopicDraft {
  /** Stable kebab-case id. */
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly sections: readonly Section[];
}

export interface Topic extends TopicDraft {
  /** Every source its sections use, in first-use order. */
  readonly sources: readonly Citation[];
}

export const para = (text: string): Block => ({ kind: "paragraph", text });
export const bullets = (...items: string[]): Block => ({ kind: "bullets", items });

export function section(
  id: string,
  heading: string,
  sources: readonly Citation[],
  ...blocks: Block[]
): Section {
  return { id, heading, sources, blocks };
}

export function topic(draft: TopicDraft): Topic {
  return { ...draft, sources: [...new Set(draft.sections.flatMap((s) => s.sources))] };
}
