// The answer: red flags first (what to do and how soon, and no plan), then the estimated grade with its
// reasons and sources, the expected time range, whether to run today and within what limits, and the plan.
import type { Decision, RunLimits } from "../../../src/domain/decision.ts";
import { isRedFlagRule, redFlagAlert, referralAdvice } from "../../../src/domain/learn/index.ts";
import { CONDITION_WORDS, RUN_WORDS, dayRange } from "../content/words.ts";
import { learnLinkFor } from "../content/learn-links.ts";
import { Link } from "../router.tsx";
import { formatKm, type Units } from "../units.ts";

const URGENT = new Set(["emergency", "same_day", "within_days"]);

export function isMedicalPathway(d: Decision): boolean {
  return URGENT.has(d.referral) && d.phase === null;
}

export function DecisionView({
  decision,
  units,
  source,
}: {
  decision: Decision;
  units: Units;
  source: string | null;
}) {
  const urgent = URGENT.has(decision.referral);
  return (
    <section class="decision" aria-labelledby="decision-title">
      {urgent ? <RedFlagBanner decision={decision} /> : <Summary decision={decision} units={units} />}
      <Reasons decision={decision} />
      {!urgent && decision.referral !== "none" && <Referral decision={decision} />}
      <Disclaimer />
      {source === "device" && (
        <p class="note">
          Worked out on this device while offline; it is checked again when you are back online.
        </p>
      )}
    </section>
  );
}

function RedFlagBanner({ decision }: { decision: Decision }) {
  const advice = referralAdvice(decision.referral);
  const alerts = decision.reasons.flatMap((r) => (isRedFlagRule(r.rule) ? [redFlagAlert(r.rule)] : []));
  const main = alerts.find((a) => a.referral === decision.referral) ?? alerts[0];
  return (
    <div class={`red-flag ${decision.referral}`} role="alert">
      <h2 id="decision-title">{main?.headline ?? advice.headline}</h2>
      <p class="how-soon">
        How soon: <strong>{main?.howSoon ?? advice.howSoon}</strong>
      </p>
      {main && <p class="what">{main.why}</p>}
      <ul class="action">
        {(main?.whatToDo ?? advice.whatToDo).map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
      {alerts
        .filter((a) => a !== main)
        .map((a) => (
          <p key={a.rule}>
            Also: {a.headline}. {a.why}
          </p>
        ))}
      <p>There is no exercise or running plan until you have been seen.</p>
      {decision.referral === "emergency" && (
        <p class="call">
          <a class="button danger big" href="tel:112">
            Call emergency services
          </a>
        </p>
      )}
    </div>
  );
}

function Summary({ decision, units }: { decision: Decision; units: Units }) {
  const strain = decision.condition === "strain";
  return (
    <>
      <h2 id="decision-title">
        {strain && decision.grade
          ? `Likely a grade ${decision.grade} hamstring strain`
          : `This looks like ${CONDITION_WORDS[decision.condition]}`}
      </h2>
      <dl class="facts">
        {decision.phase !== null && (
          <div>
            <dt>Where you are</dt>
            <dd>
              Phase {decision.phase} of 4, day {decision.day} since the injury
              {decision.runStage !== null && `, running stage ${decision.runStage} of 6`}
            </dd>
          </div>
        )}
        {decision.expectedReturnDays && (
          <div>
            <dt>Back to normal training</dt>
            <dd>
              Usually {dayRange(decision.expectedReturnDays)} from the injury
              {decision.slowHealer && " (this kind of injury heals more slowly)"}
            </dd>
          </div>
        )}
        {strain && decision.grade === "III" && (
          <div>
            <dt>Back to normal training</dt>
            <dd>Depends on a specialist's assessment</dd>
          </div>
        )}
      </dl>
      <div class={`run-today ${decision.canRun}`}>
        <h3>Can I run today?</h3>
        <p class="verdict">{RUN_WORDS[decision.canRun]}</p>
        {decision.runLimits && <Limits limits={decision.runLimits} units={units} />}
        {decision.nextRunMaxKm !== null && (
          <p>
            Keep your next run under {formatKm(decision.nextRunMaxKm, units)}: no more than 10 % longer than
            your longest run of the last 30 days.
          </p>
        )}
      </div>
      {decision.nextGate && (
        <div class="gate">
          <h3>To move on to phase {decision.nextGate.to}</h3>
          {decision.nextGate.missing.length === 0 ? (
            <p>Everything for the next phase is in place.</p>
          ) : (
            <>
              <p>Still needed (check them in your daily check-in):</p>
              <ul>
                {decision.nextGate.missing.map((m) => (
                  <li key={m.test}>{m.label}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {decision.phase !== null && (
        <p class="plan-link">
          <Link class="button primary" href="/plan">
            Today's plan: phase {decision.phase} exercises
          </Link>
        </p>
      )}
    </>
  );
}

function Limits({ limits, units }: { limits: RunLimits; units: Units }) {
  return (
    <ul class="limits">
      <li>
        At most {limits.maxMinutes} minutes
        {limits.maxDistanceKm !== undefined && `, and at most ${formatKm(limits.maxDistanceKm, units)}`}
      </li>
      <li>{effortWords(limits.maxEffort)}</li>
      {limits.walkRun && <li>Walk-jog: 1 minute jogging, 2 minutes walking</li>}
      {limits.flatOnly && <li>Flat ground only, no hills</li>}
      <li>Stop if the pain goes above {limits.maxPainDuring} out of 10, or gets worse as you go</li>
    </ul>
  );
}

function effortWords(e: number): string {
  const pct = Math.round(e * 100);
  if (e <= 0.5) return `Easy jog only (about ${pct} % of your top speed: you could chat)`;
  if (e < 0.9) return `Steady, no faster than about ${pct} % of your top speed`;
  return `Up to ${pct} % of your top speed`;
}

function Reasons({ decision }: { decision: Decision }) {
  return (
    <div class="reasons">
      <h3>Why</h3>
      <ol>
        {decision.reasons.map((r) => {
          const learn = learnLinkFor(r.rule);
          return (
            <li key={r.rule}>
              <p>{r.text}</p>
              <p class="source">
                Source: {sourceWords(r.source)}
                {learn && (
                  <>
                    {" · "}
                    <Link href={learn.href}>Learn: {learn.title}</Link>
                  </>
                )}
              </p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function Referral({ decision }: { decision: Decision }) {
  const advice = referralAdvice(decision.referral);
  return (
    <div class="referral">
      <h3>{advice.headline}</h3>
      <ul>
        {advice.whatToDo.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
    </div>
  );
}

export function Disclaimer() {
  return (
    <aside class="disclaimer" aria-label="About this answer">
      <p>
        <strong>This is an estimate, not a diagnosis.</strong> It comes from what you told us and published
        guidance. A physiotherapist, sports medicine doctor or your family doctor can examine the leg: search
        for a chartered or registered physiotherapist near you, or ask your doctor's practice. If anything
        gets suddenly worse, get help.
      </p>
    </aside>
  );
}

/** "seed" is the article Stride Back is built on; the rest are short citations of published studies. */
function sourceWords(source: string): string {
  return source
    .split(/;\s*/)
    .map((s) => (s === "seed" ? "the Stride Back source article" : s))
    .join("; ");
}
