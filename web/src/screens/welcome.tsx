// The first screen for someone new: what Stride Back answers, and one button to start.
import { Link } from "../router.tsx";

export function Welcome() {
  return (
    <div class="welcome">
      <section class="hero">
        <h1>Hurt your hamstring on a run?</h1>
        <p class="lead">
          Answer a few short questions and find out how bad it probably is, whether you need a doctor, whether
          you can run today, and what to do today.
        </p>
        <p>
          <Link class="button primary big" href="/start">
            Start the assessment
          </Link>
        </p>
        <p class="small">
          About 3 minutes. No account needed: your answers stay on this device until you choose to keep them.
        </p>
      </section>
      <section class="what" aria-labelledby="what-title">
        <h2 id="what-title">What you get</h2>
        <ul class="tiles">
          <li>
            <h3>Warning signs first</h3>
            <p>If something needs a doctor, you are told straight away, how soon, and what to do.</p>
          </li>
          <li>
            <h3>A likely grade, with reasons</h3>
            <p>Every answer explains itself and names the research behind it.</p>
          </li>
          <li>
            <h3>A plan for each day</h3>
            <p>Exercises for your phase, a one-minute daily check-in, and when you can run again.</p>
          </li>
          <li>
            <h3>Works offline</h3>
            <p>Check in and log runs without a signal; it syncs when you are back.</p>
          </li>
        </ul>
      </section>
      <p class="small">
        Already have an account? <Link href="/sign-in">Sign in</Link>. Stride Back gives estimates, not
        diagnoses.
      </p>
    </div>
  );
}
