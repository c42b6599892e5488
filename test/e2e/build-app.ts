// Global setup of the e2e suite: the app must be built (web/dist) before the server can serve it.
export default async function setup(): Promise<void> {
  await import("../../web/build-if-stale.ts");
}
