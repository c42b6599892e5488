// Shown by screens that need an injury on record before they mean anything.
import { Link } from "../router.tsx";

export function NoEpisode() {
  return (
    <section class="card">
      <h1>Start with the assessment</h1>
      <p>Tell us about the injury first; then the plan, check-ins and runs follow from it.</p>
      <p>
        <Link class="button primary" href="/start">
          Start the assessment
        </Link>
      </p>
    </section>
  );
}
