// Drives the runner's app the way a person does: by visible labels and roles, one question at a time.
import type { Page } from "playwright-core";

export interface AssessmentAnswers {
  readonly injuryDay: "Today" | "Yesterday" | "2 days ago" | string;
  readonly onset: string;
  readonly activity: string;
  readonly pop: boolean;
  readonly forcedToStop: boolean;
  readonly painAtInjury: number;
  /** The accessible name of a thigh region, e.g. "Middle of the thigh, outer side". */
  readonly region: string;
  readonly bothLegs: boolean;
  readonly age: number;
  readonly previous: string;
  readonly acl: boolean;
  readonly walking: string;
  readonly pains: readonly [number, number, number];
  readonly bruising: string;
  readonly gap: boolean;
  readonly weak: boolean;
  readonly redFlags: readonly string[];
}

export const TYPICAL_GRADE_1: AssessmentAnswers = {
  injuryDay: "2 days ago",
  onset: "Suddenly, at one moment",
  activity: "Running fast (intervals, a race, a finish)",
  pop: false,
  forcedToStop: true,
  painAtInjury: 5,
  region: "Middle of the thigh, outer side",
  bothLegs: false,
  age: 34,
  previous: "No, never",
  acl: false,
  walking: "Normally, but it hurts",
  pains: [1, 2, 0],
  bruising: "No bruise",
  gap: false,
  weak: false,
  redFlags: [],
};

const yesNo = (v: boolean) => (v ? "Yes" : "No");

export async function next(page: Page): Promise<void> {
  await page.getByRole("button", { name: /^(Next|Get my answer)$/ }).click();
}

async function pickPain(page: Page, legend: string | RegExp, n: number): Promise<void> {
  await page.getByRole("group", { name: legend }).getByRole("radio", { name: new RegExp(`^${n}(,|$)`) }).check();
}

/** Answers every question of the first assessment; `shot` is called on each screen (for screenshots). */
export async function fillAssessment(page: Page, a: AssessmentAnswers, shot?: (name: string) => Promise<void>): Promise<void> {
  const step = async (name: string, act: () => Promise<void>) => {
    await act();
    if (shot) await shot(`assessment-${name}`);
    await next(page);
  };
  await step("date", async () => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(a.injuryDay)) await page.getByLabel("Or pick the date").fill(a.injuryDay);
    else await page.getByRole("radio", { name: new RegExp(`^${a.injuryDay}`) }).check();
  });
  await step("onset", () => page.getByRole("radio", { name: a.onset }).check());
  await step("activity", () => page.getByRole("radio", { name: a.activity }).check());
  await step("pop", () => page.getByRole("radio", { name: yesNo(a.pop) }).check());
  await step("stop", () => page.getByRole("radio", { name: yesNo(a.forcedToStop) }).check());
  await step("pain", () => pickPain(page, /hurt when it happened/, a.painAtInjury));
  await step("where", () => page.getByRole("radio", { name: a.region, exact: true }).check());
  await step("both", () => page.getByRole("radio", { name: yesNo(a.bothLegs) }).check());
  await step("age", () => page.getByLabel("Age in years").fill(String(a.age)));
  await step("previous", () => page.getByRole("radio", { name: a.previous }).check());
  await step("acl", () => page.getByRole("radio", { name: yesNo(a.acl) }).check());
  await step("walking", () => page.getByRole("radio", { name: a.walking }).check());
  await step("pains", async () => {
    await pickPain(page, "Sitting still or lying down", a.pains[0]);
    await pickPain(page, "Walking", a.pains[1]);
    await pickPain(page, "Sitting on a firm chair", a.pains[2]);
  });
  await step("bruising", () => page.getByRole("radio", { name: a.bruising }).check());
  await step("gap", () => page.getByRole("radio", { name: yesNo(a.gap) }).check());
  await step("weak", () => page.getByRole("radio", { name: yesNo(a.weak) }).check());
  await step("flags", async () => {
    for (const f of a.redFlags) await page.getByRole("checkbox", { name: f }).check();
  });
  if (shot) await shot("assessment-review");
  await next(page);
}

export interface CheckInAnswers {
  readonly walking: string;
  readonly pains: readonly [number, number, number];
  readonly bruising: string;
  readonly gap?: boolean;
  readonly weak?: boolean;
  readonly redFlags?: readonly string[];
  /** Pain-scored self-tests by their heading, e.g. { "Standing hamstring curl": 0 }. */
  readonly tests?: Readonly<Record<string, number>>;
}

export async function fillCheckIn(page: Page, c: CheckInAnswers): Promise<void> {
  await page.getByRole("group", { name: "How do you walk today?" }).getByRole("radio", { name: c.walking }).check();
  await pickPain(page, "Pain sitting still or lying down", c.pains[0]);
  await pickPain(page, "Pain walking", c.pains[1]);
  await pickPain(page, "Pain sitting on a firm chair", c.pains[2]);
  await page.getByRole("group", { name: "Bruising on the back of the thigh" }).getByRole("radio", { name: c.bruising }).check();
  await page.getByRole("group", { name: /dip or gap/ }).getByRole("radio", { name: yesNo(c.gap ?? false) }).check();
  await page.getByRole("group", { name: /feel weak/ }).getByRole("radio", { name: yesNo(c.weak ?? false) }).check();
  for (const f of c.redFlags ?? []) await page.getByRole("checkbox", { name: f }).check();
  for (const [name, pain] of Object.entries(c.tests ?? {})) await pickPain(page, `${name}: worst pain`, pain);
}

/** Makes the page's clock read `iso` at 10:00 UTC (timers keep running). */
export async function setDay(page: Page, iso: string): Promise<void> {
  await page.clock.setFixedTime(new Date(`${iso}T10:00:00Z`));
}

export async function signUp(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
}
