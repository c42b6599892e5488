// Learn: the articles that explain the answers (src/domain/learn), one page each, with the sources of
// every section; each reason of an answer links here, to the section that explains it.
import { useEffect } from "preact/hooks";
import { TOPICS, topicById, type Block, type Topic } from "../../../src/domain/learn/index.ts";
import { Link } from "../router.tsx";

export default function Learn({ topicId }: { topicId: string | null }) {
  const topic = topicId ? topicById(topicId) : null;
  if (topicId && !topic) {
    return (
      <section class="card">
        <h1>Topic not found</h1>
        <p>
          <Link href="/learn">All topics</Link>
        </p>
      </section>
    );
  }
  return topic ? <Article topic={topic} /> : <Index />;
}

function Index() {
  return (
    <div class="learn">
      <h1>Learn</h1>
      <p class="lead">
        What a hamstring strain is, how it heals, when to get help, and why the plan is what it is.
      </p>
      <ul class="tiles">
        {TOPICS.map((t) => (
          <li key={t.id}>
            <h2>
              <Link href={`/learn/${t.id}`}>{t.title}</Link>
            </h2>
            <p>{t.summary}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Article({ topic }: { topic: Topic }) {
  useEffect(() => {
    // A link from a reason points at a section: scroll to it once the article is on screen.
    const id = location.hash.slice(1);
    if (id) document.getElementById(id)?.scrollIntoView();
  }, [topic.id]);
  return (
    <article class="learn-topic">
      <p>
        <Link href="/learn">← All topics</Link>
      </p>
      <h1>{topic.title}</h1>
      <p class="lead">{topic.summary}</p>
      {topic.sections.map((s) => (
        <section key={s.id} id={s.id} class="card" aria-labelledby={`${s.id}-h`}>
          <h2 id={`${s.id}-h`}>{s.heading}</h2>
          {s.blocks.map((b, i) => (
            <BlockView key={i} block={b} />
          ))}
          <p class="source">
            Sources: {s.sources.map((c) => (c === "seed" ? "the Stride Back source article" : c)).join("; ")}
          </p>
        </section>
      ))}
    </article>
  );
}

function BlockView({ block }: { block: Block }) {
  if (block.kind === "paragraph") return <p>{block.text}</p>;
  return (
    <ul>
      {block.items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
