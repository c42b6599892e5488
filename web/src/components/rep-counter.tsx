// A rep counter (big tap target) and a hold timer that counts down and announces the end.
import { useEffect, useRef, useState } from "preact/hooks";

export function RepCounter({
  target,
  onSetDone,
}: {
  target: number | null;
  onSetDone: (reps: number) => void;
}) {
  const [reps, setReps] = useState(0);
  return (
    <div class="counter">
      <p class="count" aria-live="polite">
        <span class="sr-only">Repetitions: </span>
        {reps}
        {target !== null && <span class="of"> / {target}</span>}
      </p>
      <div class="button-row">
        <button type="button" class="primary big" onClick={() => setReps(reps + 1)}>
          +1 rep
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => setReps(Math.max(0, reps - 1))}
          aria-label="One rep fewer"
        >
          −1
        </button>
        <button
          type="button"
          class="secondary"
          disabled={reps === 0}
          onClick={() => {
            onSetDone(reps);
            setReps(0);
          }}
        >
          Set done
        </button>
      </div>
    </div>
  );
}

export function HoldTimer({ seconds, onHoldDone }: { seconds: number; onHoldDone: () => void }) {
  const [left, setLeft] = useState<number | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearInterval(timer.current), []);
  const start = () => {
    window.clearInterval(timer.current);
    setLeft(seconds);
    const end = Date.now() + seconds * 1000;
    timer.current = window.setInterval(() => {
      const remaining = Math.max(0, Math.ceil((end - Date.now()) / 1000));
      setLeft(remaining);
      if (remaining === 0) {
        window.clearInterval(timer.current);
        onHoldDone();
      }
    }, 250);
  };
  return (
    <div class="counter">
      <p class="count" role="timer" aria-live="off">
        {clock(left ?? seconds)}
      </p>
      <p class="sr-only" aria-live="assertive">
        {left === 0 ? "Hold done. Relax." : ""}
      </p>
      <button type="button" class="primary big" onClick={start}>
        {left !== null && left > 0
          ? "Restart"
          : seconds >= 60
            ? `Start ${Math.round(seconds / 60)}-minute timer`
            : `Start ${seconds}-second hold`}
      </button>
    </div>
  );
}

function clock(s: number): string {
  return s >= 60 ? `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}` : `${s} s`;
}
