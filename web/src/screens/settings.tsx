// Settings: units, the time zone, the account (sign in/up/out), export everything as JSON, delete the account.
import { useMemo, useState } from "preact/hooks";
import { api, ApiError, NetworkError, type User } from "../api.ts";
import { deviceTimeZone } from "../today.ts";
import { setState, useAppState, type Units } from "../state/app-state.ts";
import { deviceStore } from "../state/device-store.ts";
import { forgetDevice, signOut } from "../state/session-actions.ts";
import { Link, navigate } from "../router.tsx";

export default function Settings() {
  const { user, units, episode } = useAppState();
  const [message, setMessage] = useState<string | null>(null);
  const chooseUnits = async (u: Units) => {
    setState({ units: u });
    await deviceStore.set("units", u);
    if (user) {
      try {
        setState({ user: await api.updateMe({ units: u }) });
      } catch {
        setMessage("Saved on this device; the account is updated next time you are online.");
      }
    }
  };
  return (
    <div class="settings two-col">
      <h1 class="span-all">Settings</h1>
      <section class="card" aria-labelledby="units-title">
        <h2 id="units-title">Units</h2>
        <fieldset class="choice">
          <legend>Distances and weights in</legend>
          <label class="option">
            <input
              type="radio"
              name="units"
              checked={units === "metric"}
              onChange={() => void chooseUnits("metric")}
            />
            <span>Metric (km, kg)</span>
          </label>
          <label class="option">
            <input
              type="radio"
              name="units"
              checked={units === "imperial"}
              onChange={() => void chooseUnits("imperial")}
            />
            <span>Imperial (miles, lb)</span>
          </label>
        </fieldset>
        <p role="status">{message}</p>
      </section>
      {user && <TimeZone user={user} />}
      <section class="card" aria-labelledby="account-title">
        <h2 id="account-title">Account</h2>
        {user ? <SignedIn email={user.email} /> : <Anonymous hasEpisode={episode !== null} />}
      </section>
    </div>
  );
}

/** Every zone the browser knows, with the account's and the device's first. */
function timeZoneChoices(...first: readonly (string | null)[]): string[] {
  const all = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return [...new Set([...first.filter((z): z is string => z !== null), "UTC", ...all])];
}

function TimeZone({ user }: { user: User }) {
  const [status, setStatus] = useState<string | null>(null);
  const device = deviceTimeZone();
  const zones = useMemo(() => timeZoneChoices(user.timeZone, device), [user.timeZone, device]);
  const choose = async (timeZone: string) => {
    try {
      setState({ user: await api.updateMe({ timeZone }) });
      setStatus(`Runs and today are now dated in ${timeZone.replaceAll("_", " ")}.`);
    } catch (e) {
      setStatus(e instanceof NetworkError ? "Changing the time zone needs a connection." : (e as Error).message);
    }
  };
  return (
    <section class="card" aria-labelledby="time-zone-title">
      <h2 id="time-zone-title">Time zone</h2>
      <p>
        Where you live: "today" is counted there, and so are runs from files that do not say where they were
        recorded (GPX, TCX, some watches).
      </p>
      <label class="field">
        <span>Your time zone</span>
        <select name="time-zone" value={user.timeZone ?? ""} onChange={(e) => void choose(e.currentTarget.value)}>
          {user.timeZone === null && <option value="">Not set (dates in UTC)</option>}
          {zones.map((z) => (
            <option key={z} value={z}>
              {z.replaceAll("_", " ")}
            </option>
          ))}
        </select>
      </label>
      {device !== null && device !== user.timeZone && (
        <p>
          <button type="button" class="secondary" onClick={() => void choose(device)}>
            Use this device's time zone ({device.replaceAll("_", " ")})
          </button>
        </p>
      )}
      <p role="status">{status}</p>
    </section>
  );
}

function Anonymous({ hasEpisode }: { hasEpisode: boolean }) {
  return (
    <>
      <p>You are not signed in. What you record stays on this device only.</p>
      <p>
        <Link class="button primary" href="/sign-up">
          Create an account
        </Link>{" "}
        <Link class="button secondary" href="/sign-in">
          Sign in
        </Link>
      </p>
      {hasEpisode && (
        <p>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              if (confirm("Remove everything Stride Back keeps on this device?"))
                void forgetDevice().then(() => navigate("/"));
            }}
          >
            Clear this device
          </button>
        </p>
      )}
    </>
  );
}

function SignedIn({ email }: { email: string }) {
  const [password, setPassword] = useState("");
  const [status, setStatus] = useState<string | null>(null);
  const exportAll = async () => {
    try {
      const data = await api.exportMe();
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: "application/json" });
      const a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = `strideback-export-${new Date().toISOString().slice(0, 10)}.json`;
      a.click();
      URL.revokeObjectURL(a.href);
      setStatus("Your export has been downloaded.");
    } catch (e) {
      setStatus(e instanceof NetworkError ? "Export needs a connection." : (e as Error).message);
    }
  };
  const remove = async (e: Event) => {
    e.preventDefault();
    try {
      await api.deleteMe(password);
      await forgetDevice();
      navigate("/", { replace: true });
    } catch (err) {
      setStatus(
        err instanceof ApiError && err.status === 401
          ? "That password is not right."
          : (err as Error).message,
      );
    }
  };
  return (
    <>
      <p>Signed in as {email}.</p>
      <p class="button-row">
        <button type="button" class="secondary" onClick={() => void signOut().then(() => navigate("/"))}>
          Sign out
        </button>
        <button type="button" class="secondary" onClick={() => void exportAll()}>
          Download all my data (JSON)
        </button>
      </p>
      <form class="danger-zone" onSubmit={remove}>
        <h3>Delete the account</h3>
        <p>
          Everything is deleted from the server at once: episodes, check-ins, runs and exercise logs. This
          cannot be undone.
        </p>
        <label class="field">
          <span>Your password, to confirm</span>
          <input
            type="password"
            name="delete-password"
            autoComplete="current-password"
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </label>
        <button type="submit" class="danger" disabled={password === ""}>
          Delete my account and data
        </button>
      </form>
      <p role="status">{status}</p>
    </>
  );
}
