// The decision as a zod schema: the contract's output, for conformance tests and the API's OpenAPI description.
import { z } from "zod";
import { CONDITIONS, REFERRALS, type Decision } from "./decision.ts";
import { GRADES } from "./episode.ts";

const phase = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

export const runLimitsSchema = z.object({
  maxMinutes: z.number().positive(),
  maxEffort: z.number().gt(0).max(1),
  walkRun: z.boolean(),
  flatOnly: z.boolean(),
  maxPainDuring: z.number().min(0).max(10),
  maxDistanceKm: z.number().positive().optional(),
});

export const reasonSchema = z.object({
  rule: z.string().min(1),
  text: z.string().min(1),
  source: z.string().min(1),
});

export const decisionSchema = z
  .object({
    schema: z.literal("strideback/decision@1"),
    condition: z.enum(CONDITIONS),
    grade: z.enum(GRADES).nullable(),
    slowHealer: z.boolean(),
    referral: z.enum(REFERRALS),
    canRun: z.enum(["no", "limited", "yes"]),
    runLimits: runLimitsSchema.nullable(),
    phase: phase.nullable(),
    runStage: z.number().int().min(1).max(6).nullable(),
    expectedReturnDays: z.tuple([z.number().int(), z.number().int()]).nullable(),
    reasons: z.array(reasonSchema).min(1),
    day: z.number().int().min(0),
    nextRunMaxKm: z.number().nullable(),
    phaseHistory: z.array(z.object({ date: z.string(), from: phase, to: phase, rule: z.string() })),
    nextGate: z
      .object({
        rule: z.string(),
        to: z.union([z.literal(2), z.literal(3), z.literal(4)]),
        missing: z.array(z.object({ test: z.string(), label: z.string() })),
      })
      .nullable(),
  })
  .refine((d) => (d.canRun === "limited") === (d.runLimits !== null), {
    message: "runLimits must be given exactly when canRun is limited",
    path: ["runLimits"],
  });

// The schema and the TypeScript type must describe the same thing.
export type DecisionFromSchema = z.infer<typeof decisionSchema>;
const _sameShape = (d: Decision): DecisionFromSchema => ({
  ...d,
  expectedReturnDays: d.expectedReturnDays ? [d.expectedReturnDays[0], d.expectedReturnDays[1]] : null,
  reasons: [...d.reasons],
  phaseHistory: [...d.phaseHistory],
  nextGate: d.nextGate ? { ...d.nextGate, missing: [...d.nextGate.missing] } : null,
  runLimits: d.runLimits ? { ...d.runLimits } : null,
});
void _sameShape;
