// Today: the current answer, what changed, and the next thing to do (check in, exercises, a run).
import { useAppState } from "../state/app-state.ts";
import { DecisionView, isMedicalPathway } from "../components/decision-view.tsx";
import { WhatChanged } from "../components/what-changed.tsx";
import { Link } from "../router.tsx";
import { localToday, shiftDate, shortDate } from "../today.ts";
import { MorningPain } from "../components/morning-pain.tsx";
import { PlanSummary } from "../components/plan-summary.tsx";
import { PendingRuns } from "../imports/pending-runs.tsx";

export default function Today() {
  const { episode, decision, previousDecision, decisionSource, decisionError, units, user } = useAppState();
  if (!episode) return null;
  const today = localToday();
  const pendingCount = episode.pendingRuns?.length ?? 0;
  const checkedInToday = episode.checkIns.some((c) => c.date === today);
  const yesterdaysRun = episode.runs.find(
    (r) => r.date === shiftDate(today, -1) && r.painNextMorning === undefined,
  );
  return (
    <div class="today">
      <div class="today-main">
        <h1>Today, {shortDate(today)}</h1>
        {decision && <WhatChanged before={previousDecision} after={decision} />}
        {pendingCount > 0 && decision && !isMedicalPathway(decision) && (
          <p class="notice">
            <a href="#pending-title">
              {pendingCount === 1 ? "A run" : `${pendingCount} runs`} imported from your watch: answer the
              pain questions
            </a>
          </p>
        )}
        <div aria-live="polite">
          {decisionError && (
            <p class="problem" role="alert">
              {decisionError}
            </p>
          )}
          {decision ? (
            <DecisionView decision={decision} units={units} source={decisionSource} />
          ) : (
            !decisionError && <p class="loading">Working out your answer…</p>
          )}
        </div>
      </div>
      <div class="today-side">
        {yesterdaysRun && decision && !isMedicalPathway(decision) && <MorningPain run={yesterdaysRun} />}
        {decision && !isMedicalPathway(decision) && (
          <PendingRuns runs={episode.pendingRuns ?? []} units={units} />
        )}
        {decision && <PlanSummary decision={decision} />}
        <section class="next" aria-labelledby="next-title">
          <h2 id="next-title">Next</h2>
          <ul class="actions-list">
            <li>
              <Link class={checkedInToday ? "button secondary" : "button primary"} href="/check-in">
                {checkedInToday ? "Check in again" : "Today's check-in (under a minute)"}
              </Link>
            </li>
            {decision?.phase != null && (
              <li>
                <Link class="button secondary" href="/plan">
                  Exercises for today
                </Link>
              </li>
            )}
            {decision?.phase != null && (
              <li>
                <Link class="button secondary" href="/runs">
                  Log a run
                </Link>
              </li>
            )}
            {user && (
              <li>
                <Link class="button secondary" href="/load-report">
                  What changed before the injury
                </Link>
              </li>
            )}
            {decision?.phase === 4 && (
              <li>
                <Link class="button secondary" href="/prevention">
                  Prevention programme
                </Link>
              </li>
            )}
          </ul>
        </section>
        {!user && (
          <section class="keep card" aria-labelledby="keep-title">
            <h2 id="keep-title">Keep your answers</h2>
            <p>
              Right now they live only on this device. Create an account to keep them, follow your recovery
              day by day and use it on any device.
            </p>
            <p>
              <Link class="button primary" href="/sign-up">
                Create an account
              </Link>{" "}
              <Link href="/sign-in">I have an account</Link>
            </p>
          </section>
        )}
      </div>
    </div>
  );
}
