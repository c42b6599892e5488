// Every Learn article, in reading order, looked up by id.
import { ANATOMY, CAUSES, SYMPTOMS, WHAT_IS_A_STRAIN } from "./topics-basics.ts";
import { CAN_I_RUN, GRADES, PREVENTION, TREATMENT } from "./topics-recovery.ts";
import { HOW_THIS_APP_DECIDES, NOT_A_STRAIN, WHEN_TO_GET_HELP } from "./topics-safety.ts";
import type { Topic } from "./types.ts";

export const TOPICS: readonly Topic[] = [
  WHAT_IS_A_STRAIN,
  GRADES,
  ANATOMY,
  SYMPTOMS,
  CAUSES,
  CAN_I_RUN,
  TREATMENT,
  WHEN_TO_GET_HELP,
  NOT_A_STRAIN,
  PREVENTION,
  HOW_THIS_APP_DECIDES,
];

const byId: ReadonlyMap<string, Topic> = new Map(TOPICS.map((t) => [t.id, t]));

export function topicById(id: string): Topic | undefined {
  return byId.get(id);
}
