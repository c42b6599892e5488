// Learn content: well-formed articles, a topic for every rule id, unmistakable red-flag wording.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { REFERRALS } from "../decision.ts";
import { CITATIONS } from "../protocol/citations.ts";
import { findSources } from "../protocol/sources-walk.ts";
import { EMERGENCY_NUMBER, REFERRAL_ADVICE } from "./emergency.ts";
import { RED_FLAG_ALERTS, RED_FLAG_RULES, isRedFlagRule } from "./red-flags.ts";
import { RULE_CATALOGUE } from "../rules/catalogue.ts";
import { RULE_TOPICS, topicForRule, type TopicLink } from "./rule-topics.ts";
import { TOPICS, topicById } from "./topics.ts";
import { CLINICAL_RULE_IDS } from "../../../test/clinical-rule-ids.ts";

const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function resolves(link: TopicLink): boolean {
  const topic = topicById(link.topic);
  if (topic === undefined) return false;
  return link.section === undefined || topic.sections.some((s) => s.id === link.section);
}

describe("topics", () => {
  it("cover the seed's subjects plus help, not-a-strain, prevention and the overview", () => {
    expect(TOPICS.map((t) => t.id)).toEqual([
      "what-is-a-strain",
      "grades",
      "anatomy",
      "symptoms",
      "causes",
      "can-i-run",
      "treatment",
      "when-to-get-help",
      "not-a-strain",
      "prevention",
      "how-this-app-decides",
    ]);
  });

  it.each(TOPICS.map((t) => [t.id, t] as const))("%s is well formed plain data with sources", (_id, t) => {
    expect(t.id).toMatch(kebab);
    expect(t.title.length).toBeGreaterThan(5);
    expect(t.summary.length).toBeGreaterThan(20);
    expect(t.sections.length).toBeGreaterThan(0);
    expect(t.sources.length).toBeGreaterThan(0);
    const sectionIds = t.sections.map((s) => s.id);
    expect(new Set(sectionIds).size).toBe(sectionIds.length);
    for (const s of t.sections) {
      expect(s.id).toMatch(kebab);
      expect(s.sources.length, s.id).toBeGreaterThan(0);
      expect(s.blocks.length, s.id).toBeGreaterThan(0);
      const text = s.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : b.items)).join(" ");
      expect(text, s.id).not.toMatch(/<[a-z/]/i);
      expect(text.length, s.id).toBeGreaterThan(20);
    }
  });

  it("say the anatomy the seed gives and that the grade is an estimate", () => {
    const words = (id: string) => JSON.stringify(topicById(id));
    expect(words("anatomy")).toMatch(/biceps femoris[\s\S]*semitendinosus[\s\S]*semimembranosus/);
    expect(words("anatomy")).toMatch(/ischial tuberosity/);
    expect(words("grades")).toMatch(/estimate/);
    expect(words("grades")).toMatch(/slow healers/);
    expect(words("when-to-get-help")).toContain("999 in the UK, 112 in the EU, 911 in the US");
  });

  it("use only allowed citations", () => {
    const allowed = new Set<unknown>(CITATIONS);
    for (const { path, sources } of findSources({ TOPICS, RED_FLAG_ALERTS, REFERRAL_ADVICE })) {
      expect(sources.length, path).toBeGreaterThan(0);
      for (const s of sources) expect(allowed.has(s), `${path}: ${String(s)}`).toBe(true);
    }
  });
});

describe("topicForRule", () => {
  it.each(CLINICAL_RULE_IDS)("%s links to an existing article section", (rule) => {
    expect(RULE_TOPICS[rule], rule).toBeDefined();
    const link = topicForRule(rule);
    expect(link.section, rule).toBeDefined();
    expect(resolves(link), `${rule} -> ${JSON.stringify(link)}`).toBe(true);
  });

  it.each([
    ["RUN-STAGE-PROGRESS", "can-i-run", "run-stages"],
    ["RUN-STAGE-HOLD", "can-i-run", "run-stages"],
    ["RUN-STAGE-REGRESS", "can-i-run", "run-stages"],
    ["RUN-CLINICIAN", "can-i-run", "professional"],
    ["REF-ROUTINE", "when-to-get-help", "find-a-professional"],
    ["EXP-RANGE", "grades", "how-long"],
    ["EXP-SOMETHING-NEW", "grades", "how-long"],
    ["REF-SOMETHING-NEW", "when-to-get-help", "find-a-professional"],
    ["SLOW-HEALER", "grades", "slow-healers"],
    ["RF-SOMETHING-NEW", "when-to-get-help", undefined],
    ["seed.run.grade2-3", "how-this-app-decides", undefined],
    ["constructor", "how-this-app-decides", undefined],
    ["__proto__", "how-this-app-decides", undefined],
  ])("%s falls back to %s#%s", (rule, topic, section) => {
    expect(topicForRule(rule)).toEqual(section === undefined ? { topic } : { topic, section });
  });

  it.each(RULE_CATALOGUE.map((r) => r.id))("engine rule %s links to a specific article section", (rule) => {
    const link = topicForRule(rule);
    expect(link.topic).not.toBe("how-this-app-decides");
    expect(resolves(link), `${rule} -> ${JSON.stringify(link)}`).toBe(true);
  });

  it("always returns an article that exists, for any id at all", () => {
    fc.assert(
      fc.property(fc.string(), (rule) => {
        expect(resolves(topicForRule(rule))).toBe(true);
      }),
    );
  });

  it("links every red-flag rule to the help article", () => {
    for (const rule of RED_FLAG_RULES) expect(topicForRule(rule).topic).toBe("when-to-get-help");
  });
});

describe("red-flag wording", () => {
  // clinical-rules.md section 1: the referral each red flag sets.
  it.each([
    ["RF-CES", "emergency"],
    ["RF-COMPARTMENT", "emergency"],
    ["RF-PE", "emergency"],
    ["RF-DVT", "same_day"],
    ["RF-NERVE", "same_day"],
    ["RF-NO-WEIGHT", "same_day"],
    ["RF-AVULSION", "within_days"],
  ] as const)("%s says %s", (rule, referral) => {
    const alert = RED_FLAG_ALERTS[rule];
    expect(alert.rule).toBe(rule);
    expect(alert.referral).toBe(referral);
    expect(isRedFlagRule(rule)).toBe(true);
    const todo = alert.whatToDo.join(" ");
    if (referral === "emergency") {
      expect(alert.headline).toMatch(/^Emergency/);
      expect(alert.howSoon).toBe("Now");
      expect(todo).toContain(EMERGENCY_NUMBER);
      expect(todo).toMatch(/A&E .* now/);
    }
    if (referral === "same_day") expect(alert.headline).toMatch(/today/);
    if (referral === "within_days") expect(alert.headline).toMatch(/within days/);
    expect(todo).toMatch(/[Nn]o running|Do not run/);
  });

  it("has wording for every referral level, emergency naming the numbers", () => {
    expect(Object.keys(REFERRAL_ADVICE).sort()).toEqual([...REFERRALS].sort());
    expect(REFERRAL_ADVICE.emergency.whatToDo.join(" ")).toContain(
      "999 in the UK, 112 in the EU, 911 in the US",
    );
    expect(isRedFlagRule("GR-I")).toBe(false);
  });
});
