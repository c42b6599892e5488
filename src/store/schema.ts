// The tables as Kysely sees them: one schema for SQLite and PostgreSQL. Dates are ISO text (UTC
// timestamps, or YYYY-MM-DD calendar dates), ids are random text, JSON is text: the same values both ways.

export interface UserTable {
  id: string;
  email: string;
  password_hash: string;
  role: "runner" | "clinician";
  display_name: string | null;
  units: "metric" | "imperial";
  /** IANA time zone ("Europe/Paris"): the runner's "today" and the local date of activities without an offset. */
  time_zone: string | null;
  created_at: string;
}

export interface SessionTable {
  /** sha256 of the cookie's token: a copy of the table does not sign anybody in. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface SignInFailureTable {
  id: string;
  /** `account:<email>` or `address:<ip>`. */
  key: string;
  at: string;
}

export interface EpisodeTable {
  id: string;
  user_id: string;
  client_id: string | null;
  status: "active" | "closed";
  injury_date: string;
  runner: string;
  injury: string;
  history: string | null;
  created_at: string;
  updated_at: string;
}

export interface CheckInTable {
  id: string;
  episode_id: string;
  user_id: string;
  client_id: string;
  /** Order of arrival within the episode: check-ins of one date keep the order they were made in. */
  seq: number;
  date: string;
  body: string;
  created_at: string;
}

export interface RunTable {
  id: string;
  episode_id: string;
  user_id: string;
  client_id: string;
  seq: number;
  date: string;
  source: "manual" | "file";
  activity_id: string | null;
  body: string;
  created_at: string;
}

export interface ExerciseLogTable {
  id: string;
  episode_id: string;
  user_id: string;
  client_id: string;
  date: string;
  exercise_id: string;
  sets: number;
  reps: number | null;
  hold_seconds: number | null;
  load_kg: number | null;
  band: string | null;
  pain: number;
  note: string | null;
  created_at: string;
}

export interface LinkInviteTable {
  code: string;
  clinician_id: string;
  created_at: string;
  expires_at: string;
}

export interface ClinicianLinkTable {
  id: string;
  runner_id: string;
  clinician_id: string;
  /** When the runner consented (entered the clinician's invite code). */
  consented_at: string;
}

export interface AuditTable {
  id: string;
  runner_id: string;
  /** Null once the reader's own account is deleted: the runner still sees that their data was read. */
  actor_id: string | null;
  action: string;
  episode_id: string | null;
  at: string;
}

export interface ActivityTable {
  id: string;
  user_id: string;
  start: string;
  /** Seconds east of UTC, from the file itself; null when the file does not say. */
  utc_offset_s: number | null;
  /** YYYY-MM-DD where the runner was: by utc_offset_s, else the runner's time zone, else UTC. */
  local_date: string;
  sport: string;
  duration_s: number;
  distance_m: number;
  file_name: string;
  /** Identifies the file's content so a re-import finds the activity already there. */
  fingerprint: string | null;
  summary: string;
  /** Speed and cadence every 5 s, packed (src/activities/activity-trace.ts); null for older rows. */
  trace: string | null;
  /** Fastest 10 s sustained speed (m/s); null without speed data. */
  best_speed_mps: number | null;
  created_at: string;
}

export interface ImportJobTable {
  id: string;
  user_id: string;
  status: "queued" | "running" | "done" | "failed";
  files_total: number | null;
  files_done: number;
  imported: number;
  skipped: number;
  failed: number;
  /** Why the whole job failed (a restart, an unreadable upload); per-file reasons are in import_job_files. */
  error: string | null;
  created_at: string;
  updated_at: string;
}

/** One file's result in an import job; written in the same transaction as the job's counts. */
export interface ImportJobFileTable {
  job_id: string;
  /** 0-based order of the result within the job. */
  seq: number;
  /** The file's name as uploaded; inside archives `archive.zip!/inner/path`. */
  file: string;
  /** 1 when read (imported, a duplicate or skipped as not an activity), 0 when it failed. */
  ok: number;
  /** Why it failed, or why it was skipped. */
  error: string | null;
  sport: string | null;
  start: string | null;
  duration_s: number | null;
  distance_m: number | null;
  activity_id: string | null;
  /** 1 when the activity was already stored. */
  duplicate: number;
  pending_run_id: string | null;
}

export interface PendingRunTable {
  id: string;
  episode_id: string;
  user_id: string;
  activity_id: string;
  date: string;
  /** JSON: minutes, distanceKm, effort and the stage check, as PendingRun without ids. */
  body: string;
  created_at: string;
}

export interface Database {
  users: UserTable;
  sessions: SessionTable;
  sign_in_failures: SignInFailureTable;
  episodes: EpisodeTable;
  check_ins: CheckInTable;
  runs: RunTable;
  exercise_logs: ExerciseLogTable;
  link_invites: LinkInviteTable;
  clinician_links: ClinicianLinkTable;
  audit_log: AuditTable;
  activities: ActivityTable;
  import_jobs: ImportJobTable;
  import_job_files: ImportJobFileTable;
  pending_runs: PendingRunTable;
}

/** Every table that holds a user's rows, children first: the order account deletion and backups walk. */
export const USER_TABLES = [
  "audit_log",
  "clinician_links",
  "link_invites",
  "exercise_logs",
  "pending_runs",
  "runs",
  "check_ins",
  "activities",
  "episodes",
  "import_job_files",
  "import_jobs",
  "sessions",
  "users",
] as const satisfies readonly (keyof Database)[];
