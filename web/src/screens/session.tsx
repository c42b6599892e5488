// One exercise: how to do it, a rep counter or hold timer, and a log of sets, reps, load and pain.
// The seed's rule is on screen: if it hurts, stop and make it easier.
import { useState } from "preact/hooks";
import { exerciseById, PAIN_RULES } from "../../../src/domain/protocol/index.ts";
import { useAppState } from "../state/app-state.ts";
import { logExercise } from "../state/episode-actions.ts";
import { dosageWords, frequencyWords } from "../content/dosage-words.ts";
import { FieldError, PainScale } from "../components/fields.tsx";
import { HoldTimer, RepCounter } from "../components/rep-counter.tsx";
import { NoEpisode } from "../components/no-episode.tsx";
import { Link } from "../router.tsx";
import { loadUnit, toKg } from "../units.ts";
import { localToday } from "../today.ts";

export default function Session({ exerciseId }: { exerciseId: string }) {
  const { episode, units, user } = useAppState();
  const exercise = exerciseById(exerciseId);
  const [sets, setSets] = useState(0);
  const [reps, setReps] = useState("");
  const [load, setLoad] = useState("");
  const [band, setBand] = useState("");
  const [pain, setPain] = useState<number | undefined>(undefined);
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  if (!episode) return <NoEpisode />;
  if (!exercise) {
    return (
      <section class="card">
        <h1>Exercise not found</h1>
        <p>
          <Link href="/plan">Back to today's plan</Link>
        </p>
      </section>
    );
  }
  const d = exercise.dosage;
  const hold = d.kind === "hold" ? d.seconds : null;
  const timed = d.kind === "time" ? d.minutes * 60 : null;
  const target =
    d.kind === "reps"
      ? typeof d.reps === "number"
        ? d.reps
        : (d.reps[sets] ?? d.reps.at(-1) ?? null)
      : null;
  const hurts = pain !== undefined && pain > PAIN_RULES.strength.maxDuring;
  const logs = episode.exerciseLogs
    .filter((l) => l.exerciseId === exercise.id)
    .slice(-5)
    .reverse();

  const save = async (e: Event) => {
    e.preventDefault();
    const problems: string[] = [];
    if (sets < 1) problems.push("Sets: do at least one set, or count them with the buttons.");
    if (pain === undefined) problems.push("Pain: choose 0 to 10.");
    const repsN = reps === "" ? undefined : Number(reps);
    const loadN = load === "" ? undefined : Number(load);
    if (repsN !== undefined && !(Number.isInteger(repsN) && repsN >= 0))
      problems.push("Reps: a whole number.");
    if (loadN !== undefined && !(loadN >= 0)) problems.push("Load: a number, or leave it empty.");
    setErrors(problems);
    if (problems.length > 0 || pain === undefined) return;
    await logExercise({
      date: localToday(),
      exerciseId: exercise.id,
      sets,
      pain,
      ...(repsN !== undefined ? { reps: repsN } : {}),
      ...(hold !== null ? { holdSeconds: hold } : {}),
      ...(loadN !== undefined ? { loadKg: Math.round(toKg(loadN, units) * 10) / 10 } : {}),
      ...(band.trim() ? { band: band.trim() } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    setSaved(`Logged: ${sets} set${sets > 1 ? "s" : ""} of ${exercise.name}, pain ${pain}/10.`);
    setSets(0);
    setPain(undefined);
  };

  return (
    <div class="session two-col">
      <div>
        <p>
          <Link href="/plan">← Today's plan</Link>
        </p>
        <h1>{exercise.name}</h1>
        <p class="lead">{exercise.purpose}</p>
        <p class="dose">
          <strong>{dosageWords(d)}</strong>
          {d.kind !== "as-tolerated" && `, ${frequencyWords(d)}`}
          {d.tempo && `; ${d.tempo}`}
        </p>
        <section class="card how" aria-labelledby="how-title">
          <h2 id="how-title">How to do it</h2>
          <h3>Set up</h3>
          <ol>
            {exercise.howTo.setup.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
          <h3>Movement</h3>
          <ol>
            {exercise.howTo.movement.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
          <p>{exercise.howTo.breathingAndTempo}</p>
          <h3>Common mistakes</h3>
          <ul>
            {exercise.howTo.commonMistakes.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </section>
        <section class="card hurts" aria-labelledby="hurt-title">
          <h2 id="hurt-title">If it hurts: stop, make it easier</h2>
          <ul>
            {exercise.howTo.easier.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
          <p class="small">{PAIN_RULES.strength.acceptable}</p>
        </section>
      </div>
      <form class="card" onSubmit={save} noValidate>
        <h2>Do it</h2>
        {hold !== null || timed !== null ? (
          <HoldTimer seconds={hold ?? timed ?? 0} onHoldDone={() => setSets((s) => s + 1)} />
        ) : d.kind === "as-tolerated" ? (
          <p>{d.guide}</p>
        ) : (
          <RepCounter
            target={target}
            onSetDone={(n) => {
              setSets((s) => s + 1);
              setReps(String(n));
            }}
          />
        )}
        <div class="field-row">
          <label class="field">
            <span>{hold !== null ? "Holds done" : timed !== null ? "Bouts done" : "Sets done"}</span>
            <input
              type="number"
              name="sets"
              min={0}
              inputMode="numeric"
              value={sets}
              onInput={(e) => setSets(Math.max(0, e.currentTarget.valueAsNumber || 0))}
            />
          </label>
          {hold === null && timed === null && (
            <label class="field">
              <span>Reps per set</span>
              <input
                type="number"
                name="reps"
                min={0}
                inputMode="numeric"
                value={reps}
                onInput={(e) => setReps(e.currentTarget.value)}
              />
            </label>
          )}
        </div>
        <div class="field-row">
          <label class="field">
            <span>Added weight in {loadUnit(units)} (optional)</span>
            <input
              type="number"
              name="load"
              min={0}
              step="0.5"
              inputMode="decimal"
              value={load}
              onInput={(e) => setLoad(e.currentTarget.value)}
            />
          </label>
          <label class="field">
            <span>Band (optional)</span>
            <input type="text" name="band" value={band} onInput={(e) => setBand(e.currentTarget.value)} />
          </label>
        </div>
        <PainScale
          legend="Worst pain during the exercise"
          name="exercise-pain"
          value={pain}
          onChange={setPain}
        />
        {hurts && (
          <p class="problem" role="alert">
            That is more than the exercise pain rule allows ({PAIN_RULES.strength.maxDuring}/10). Stop this
            exercise; next time make it easier: {exercise.howTo.easier[0]}
          </p>
        )}
        <label class="field">
          <span>Note (optional)</span>
          <input type="text" name="note" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        </label>
        <FieldError messages={errors} />
        <button class="primary" type="submit">
          Log this exercise
        </button>
        <p role="status">{saved}</p>
        {logs.length > 0 && (
          <>
            <h3>Recent logs</h3>
            <ul class="log-list">
              {logs.map((l) => (
                <li key={l.clientId}>
                  {l.date}: {l.sets} set{l.sets > 1 ? "s" : ""}
                  {l.reps !== undefined && ` × ${l.reps}`}, pain {l.pain}
                  {user && !l.synced && <span class="badge">not yet synced</span>}
                </li>
              ))}
            </ul>
          </>
        )}
      </form>
    </div>
  );
}
