// A browser-like client for app.inject: keeps cookies between requests and sends the CSRF header the
// way the web app does (the sb_csrf cookie's value in x-csrf-token).
import type { FastifyInstance, LightMyRequestResponse } from "fastify";

export interface Answer {
  readonly status: number;
  readonly body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read whatever came back
  readonly headers: LightMyRequestResponse["headers"];
}

export class Client {
  readonly cookies = new Map<string, string>();
  constructor(
    private readonly app: FastifyInstance,
    private readonly options: { readonly csrf?: boolean; readonly ip?: string } = {},
  ) {}

  async request(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const csrf = this.options.csrf !== false && method !== "GET" && this.cookies.has("sb_csrf") ? { "x-csrf-token": this.cookies.get("sb_csrf")! } : {};
    const res = await this.app.inject({
      method: method as "GET",
      url,
      headers: { ...(cookie ? { cookie } : {}), ...csrf, ...(body !== undefined ? { "content-type": "application/json" } : {}), ...headers },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
      ...(this.options.ip ? { remoteAddress: this.options.ip } : {}),
    });
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const gone = c.value === "" || (c.expires !== undefined && c.expires.getTime() < Date.now()) || c.maxAge === 0;
      if (gone) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    let parsed: unknown = res.body;
    try {
      parsed = res.body === "" ? undefined : JSON.parse(res.body);
    } catch {
      // not JSON (a page): keep the text
    }
    return { status: res.statusCode, body: parsed, headers: res.headers };
  }

  get = (url: string) => this.request("GET", url);
  post = (url: string, body?: unknown) => this.request("POST", url, body);
  patch = (url: string, body?: unknown) => this.request("PATCH", url, body);
  delete = (url: string, body?: unknown) => this.request("DELETE", url, body);

  /** Fetches a CSRF token (GET /session), then signs up. */
  async signUp(email: string, role: "runner" | "clinician" = "runner", password = "correct horse battery"): Promise<Answer> {
    await this.get("/api/v1/session");
    return this.post("/api/v1/auth/signup", { email, password, role });
  }
}

/** Cheap but real argon2id for tests. */
export const TEST_PASSWORD_COST = { memoryCost: 1024, timeCost: 1 } as const;
