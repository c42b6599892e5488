// The one wording for emergency numbers and for each referral level, used by every screen that
// tells a runner to get help, so the words never drift apart.
import type { Referral } from "../decision.ts";
import type { Sourced } from "../protocol/citations.ts";

export const EMERGENCY_NUMBER = "your local emergency number (999 in the UK, 112 in the EU, 911 in the US)";

export interface ReferralAdvice extends Sourced {
  readonly referral: Referral;
  readonly headline: string;
  readonly howSoon: string;
  readonly whatToDo: readonly string[];
}

export const REFERRAL_ADVICE = {
  emergency: {
    referral: "emergency",
    headline: "This is an emergency.",
    howSoon: "Now",
    whatToDo: [
      `Call ${EMERGENCY_NUMBER} now, or go to A&E (the emergency department) now.`,
      "Do not wait to see if it settles. Do not run or exercise.",
    ],
    sources: ["BMJ Best Practice", "NHS DVT guidance", "JBJS Case Connect 2020"],
  },
  same_day: {
    referral: "same_day",
    headline: "See a doctor today.",
    howSoon: "Today",
    whatToDo: [
      "Get a same-day appointment with a doctor: your GP or family doctor, an urgent care or walk-in centre, or in the UK call NHS 111.",
      `If it gets much worse, call ${EMERGENCY_NUMBER}.`,
      "No running or rehab exercises until you have been seen.",
    ],
    sources: ["NHS DVT guidance", "Subbu 2015", "NHS grade 3"],
  },
  within_days: {
    referral: "within_days",
    headline: "Get an urgent appointment within the next few days.",
    howSoon: "Within days",
    whatToDo: [
      "Book an appointment with a sports medicine or orthopaedic doctor in the next few days; a scan (MRI) may be needed.",
      "Your GP or family doctor can refer you urgently if you cannot book directly.",
      "No running or strain exercises until you have been seen.",
    ],
    sources: ["van der Made 2019", "Subbu 2015"],
  },
  routine: {
    referral: "routine",
    headline: "See a professional when you can.",
    howSoon: "In the coming days or weeks",
    whatToDo: [
      "Book an appointment with a physiotherapist or a sports medicine doctor (a sports massage therapist can also help).",
      "Meanwhile, follow today's plan.",
    ],
    sources: ["seed"],
  },
  none: {
    referral: "none",
    headline: "No appointment needed for now.",
    howSoon: "Only if things change",
    whatToDo: [
      "A physiotherapist can still help you recover well. If you are unsure at any point, or things get worse, get checked.",
    ],
    sources: ["seed"],
  },
} as const satisfies Record<Referral, ReferralAdvice>;

export function referralAdvice(referral: Referral): ReferralAdvice {
  return REFERRAL_ADVICE[referral];
}
