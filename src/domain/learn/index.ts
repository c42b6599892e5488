// Learn: the articles, the rule-to-article links, and the red-flag and referral wording.
export { TOPICS, topicById } from "./topics.ts";
export type { Block, Section, Topic } from "./types.ts";
export { RULE_TOPICS, topicForRule, type TopicLink } from "./rule-topics.ts";
export {
  RED_FLAG_ALERTS,
  RED_FLAG_RULES,
  redFlagAlert,
  isRedFlagRule,
  type RedFlagAlert,
  type RedFlagRule,
} from "./red-flags.ts";
export { EMERGENCY_NUMBER, REFERRAL_ADVICE, referralAdvice, type ReferralAdvice } from "./emergency.ts";
