// Which Learn article (and section) explains each decision rule, so every reason the engine gives
// can link to the words behind it. Unknown ids fall back by prefix, then to the overview.

export interface TopicLink {
  readonly topic: string;
  readonly section?: string;
}

const link = (topic: string, section?: string): TopicLink =>
  section === undefined ? { topic } : { topic, section };

/** Every rule id of clinical-rules.md, and the extra ids the engine uses. */
export const RULE_TOPICS: Readonly<Record<string, TopicLink>> = {
  "RF-CES": link("when-to-get-help", "emergency"),
  "RF-COMPARTMENT": link("when-to-get-help", "emergency"),
  "RF-PE": link("when-to-get-help", "emergency"),
  "RF-BREATHLESS": link("when-to-get-help", "emergency"),
  "RF-DVT": link("when-to-get-help", "same-day"),
  "RF-NERVE": link("when-to-get-help", "same-day"),
  "RF-NO-WEIGHT": link("when-to-get-help", "same-day"),
  "RF-AVULSION": link("when-to-get-help", "avulsion"),
  "NS-REFERRED": link("not-a-strain", "referred"),
  "NS-TENDINOPATHY": link("not-a-strain", "tendinopathy"),
  "NS-FUNCTIONAL": link("not-a-strain", "functional"),
  "GR-CLINICIAN": link("grades", "estimate"),
  "GR-II": link("grades", "signs"),
  "GR-DAY7": link("grades", "day-7"),
  "GR-I": link("grades", "three-grades"),
  "PH-1-2": link("treatment", "phase-1"),
  "PH-2-3": link("treatment", "phase-2"),
  "PH-3-4": link("treatment", "phase-3"),
  "PH-REGRESS": link("treatment", "setbacks"),
  "PH-RETRIAGE": link("treatment", "setbacks"),
  "RUN-PROTECT": link("can-i-run", "first-days"),
  "RUN-STOPPED": link("can-i-run", "stop-rules"),
  "RUN-BREAK": link("can-i-run", "stop-rules"),
  "RUN-MORNING": link("can-i-run", "next-morning"),
  "RUN-WALK": link("can-i-run", "walking-first"),
  "RUN-GRADE": link("can-i-run", "by-grade"),
  "RUN-GRADE1": link("can-i-run", "by-grade"),
  "RUN-STAGE": link("can-i-run", "run-stages"),
  "RUN-CLEARED": link("prevention", "single-run-rule"),
  "RUN-CLINICIAN": link("can-i-run", "professional"),
  // Ids the engine adds beyond the table of clinical-rules.md.
  "GR-SLOW": link("grades", "slow-healers"),
  "SLOW-HEALER": link("grades", "slow-healers"),
  "REF-NOT-IMPROVING": link("when-to-get-help", "not-improving"),
  "REF-REPEAT": link("when-to-get-help", "not-improving"),
  "REF-GRADE": link("when-to-get-help", "find-a-professional"),
  "REF-ROUTINE": link("when-to-get-help", "find-a-professional"),
  "RUN-STAGE-GOOD": link("can-i-run", "run-stages"),
  "RUN-STAGE-PROGRESS": link("can-i-run", "run-stages"),
  "RUN-STAGE-HOLD": link("can-i-run", "run-stages"),
  "RUN-STAGE-REGRESS": link("can-i-run", "run-stages"),
  "RUN-STAGE-OVER": link("can-i-run", "run-stages"),
};

/** Families of ids the engine may add (RUN-STAGE-PROGRESS, SLOW-*, EXP-*, REF-*...), most specific first. */
const PREFIX_TOPICS: readonly (readonly [string, TopicLink])[] = [
  ["RUN-STAGE", link("can-i-run", "run-stages")],
  ["RUN-", link("can-i-run")],
  ["RF-", link("when-to-get-help")],
  ["REF-", link("when-to-get-help", "find-a-professional")],
  ["NS-", link("not-a-strain")],
  ["SLOW-", link("grades", "slow-healers")],
  ["EXP-", link("grades", "how-long")],
  ["GR-", link("grades")],
  ["PH-", link("treatment")],
];

const OVERVIEW = link("how-this-app-decides");

// A Map, not the object: a lookup of "valueOf" or "constructor" must not find Object.prototype.
const byRule: ReadonlyMap<string, TopicLink> = new Map(Object.entries(RULE_TOPICS));

/** The Learn article that explains a rule id; never fails (an unknown id gets the overview). */
export function topicForRule(ruleId: string): TopicLink {
  const exact = byRule.get(ruleId);
  if (exact !== undefined) return exact;
  const family = PREFIX_TOPICS.find(([prefix]) => ruleId.startsWith(prefix));
  return family === undefined ? OVERVIEW : family[1];
}
