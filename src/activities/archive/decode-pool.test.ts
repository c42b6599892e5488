// The decoding threads give what decoding on the calling thread gives: the same figures, the whole activity
// when asked for it, and for an import into the store the same stored form (trace, best speed) without the
// samples travelling back.
import { afterAll, describe, expect, it } from "vitest";
import { activityFit, settingsFit } from "../fit/fit-fixtures.ts";
import { importBytes } from "../import-file.ts";
import { storedFormOf } from "../stored-form.ts";
import { newActivityFrom } from "../../store/activities.ts";
import { createDecodePool } from "./decode-pool.ts";

const files = [
  { name: "easy.fit", bytes: activityFit({ records: 900, speedMps: 2.8 }) },
  { name: "fast.fit", bytes: activityFit({ records: 300, speedMps: 5 }) },
];

describe("createDecodePool", () => {
  const stored = createDecodePool({ workers: 1, keepActivity: "stored" });
  const whole = createDecodePool({ workers: 1, keepActivity: true });
  const figures = createDecodePool({ workers: 1, keepActivity: false });
  afterAll(async () => {
    await Promise.all([stored.close(), whole.close(), figures.close()]);
  });

  it("'stored': the activity without samples and the stored form made in the worker, equal to the main thread's", async () => {
    for (const f of files) {
      const here = importBytes(f.name, f.bytes.slice());
      const there = await stored.decode(f.name, f.bytes.slice());
      expect(there.activity?.samples.length).toBe(0);
      expect(here.activity!.samples.length).toBeGreaterThan(0);
      expect(there.storedForm).toEqual(storedFormOf(here.activity!.samples));
      expect(there.storedForm?.trace).toBeTruthy();
      expect(there.storedForm?.bestSpeedMps).toBeGreaterThan(0);
      // The row the store gets is the same either way.
      expect(newActivityFrom(there.activity!, f.name, there.storedForm)).toEqual(
        newActivityFrom(here.activity!, f.name),
      );
      expect({ ...there, activity: undefined, storedForm: undefined }).toEqual({
        ...here,
        activity: undefined,
      });
    }
  });

  it("true: the whole activity, samples included; false: the figures alone", async () => {
    const [f] = files;
    const here = importBytes(f!.name, f!.bytes.slice());
    const all = await whole.decode(f!.name, f!.bytes.slice());
    expect(all.activity?.samples.length).toBe(here.activity!.samples.length);
    expect(Array.from(all.activity!.samples.speed)).toEqual(Array.from(here.activity!.samples.speed));
    expect(all.storedForm).toBeUndefined();
    const bare = await figures.decode(f!.name, f!.bytes.slice());
    expect(bare.activity).toBeUndefined();
    expect(bare.records).toBe(here.records);
  });

  it("a file that is not an activity has neither", async () => {
    const r = await stored.decode("settings.fit", settingsFit());
    expect(r.kind).toBe("not_activity");
    expect(r.activity).toBeUndefined();
    expect(r.storedForm).toBeUndefined();
  });
});
