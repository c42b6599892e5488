// Sign in and create an account; creating one keeps the assessment made on this device.
import { useState } from "preact/hooks";
import { ApiError, NetworkError } from "../api.ts";
import { signIn, signUp } from "../state/session-actions.ts";
import { useAppState } from "../state/app-state.ts";
import { Link, navigate } from "../router.tsx";

export default function Auth({ mode }: { mode: "sign-in" | "sign-up" }) {
  const { episode, user } = useAppState();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const signingUp = mode === "sign-up";

  if (user) {
    return (
      <section class="card narrow">
        <h1>You are signed in</h1>
        <p>As {user.email}.</p>
        <p>
          <Link class="button primary" href="/">
            Go to today
          </Link>
        </p>
      </section>
    );
  }

  const submit = async (e: Event) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!/^\S+@\S+\.\S+$/.test(email)) local.email = "Enter an email address, like name@example.com.";
    if (signingUp && password.length < 10) local.password = "Use at least 10 characters.";
    if (!signingUp && password === "") local.password = "Enter your password.";
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      await (signingUp ? signUp(email, password) : signIn(email, password));
      navigate("/", { replace: true });
    } catch (err) {
      setErrors(errorsFrom(err));
      setBusy(false);
    }
  };

  return (
    <form class="card narrow auth" onSubmit={submit} noValidate>
      <h1>{signingUp ? "Create an account" : "Sign in"}</h1>
      {signingUp && episode && episode.id === null && (
        <p>Your assessment and everything you recorded on this device will be kept in the account.</p>
      )}
      <div role="alert" class="field-error-slot">
        {errors.form && <p class="field-error">{errors.form}</p>}
      </div>
      <label class="field">
        <span>Email</span>
        <input
          type="email"
          name="email"
          autoComplete="email"
          value={email}
          onInput={(e) => setEmail(e.currentTarget.value)}
          aria-invalid={errors.email ? "true" : undefined}
          aria-describedby={errors.email ? "email-error" : undefined}
        />
        {errors.email && (
          <span class="field-error" id="email-error">
            {errors.email}
          </span>
        )}
      </label>
      <label class="field">
        <span>Password{signingUp && " (at least 10 characters)"}</span>
        <input
          type="password"
          name="password"
          autoComplete={signingUp ? "new-password" : "current-password"}
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
          aria-invalid={errors.password ? "true" : undefined}
          aria-describedby={errors.password ? "password-error" : undefined}
        />
        {errors.password && (
          <span class="field-error" id="password-error">
            {errors.password}
          </span>
        )}
      </label>
      <button class="primary" type="submit" disabled={busy}>
        {busy ? "Please wait…" : signingUp ? "Create account" : "Sign in"}
      </button>
      <p>
        {signingUp ? (
          <>
            Already have an account? <Link href="/sign-in">Sign in</Link>
          </>
        ) : (
          <>
            New here? <Link href="/sign-up">Create an account</Link>
          </>
        )}
      </p>
    </form>
  );
}

function errorsFrom(err: unknown): Record<string, string> {
  if (err instanceof NetworkError)
    return {
      form: "You seem to be offline. Accounts need a connection; try again when you are back online.",
    };
  if (!(err instanceof ApiError)) return { form: String(err) };
  if (err.code === "email_taken")
    return { email: "There is already an account with this email. Sign in instead." };
  if (err.code === "bad_credentials") return { form: "That email and password do not match an account." };
  if (err.code === "rate_limited") return { form: "Too many attempts. Wait a few minutes and try again." };
  const out: Record<string, string> = {};
  for (const i of err.issues)
    out[i.path === "email" || i.path === "password" ? i.path : "form"] =
      `${i.path ? `${i.path}: ` : ""}${i.message}`;
  if (Object.keys(out).length === 0) out.form = err.message;
  return out;
}
