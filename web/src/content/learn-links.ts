// Which Learn article explains a rule of the engine (src/domain/learn): every reason links to it.
import { topicById, topicForRule } from "../../../src/domain/learn/index.ts";

export function learnLinkFor(rule: string): { href: string; title: string } | null {
  const link = topicForRule(rule);
  const topic = link ? topicById(link.topic) : undefined;
  if (!link || !topic) return null;
  return { href: `/learn/${topic.id}${link.section ? `#${link.section}` : ""}`, title: topic.title };
}
