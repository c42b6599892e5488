import { describe, expect, it } from "vitest";
import { canonicalTimeZone, dateInZone, localDateOf, offsetFromLocalTimestamp } from "./local-date.ts";

const H = 3600;

describe("offsetFromLocalTimestamp", () => {
  it.each([
    [1_000_000_000, 1_000_000_000 - 8 * H, -8 * H], // California, winter
    [1_000_000_000, 1_000_000_000 - 8 * H + 1, -8 * H], // a local clock a second off still reads as whole quarter hours
    [1_000_000_000, 1_000_000_000 + 5.5 * H + 7, 5.5 * H], // India
    [1_000_000_000, 1_000_000_000 + 5.75 * H, 5.75 * H], // Nepal
    [1_000_000_000, 1_000_000_000 + 14 * H, 14 * H], // Kiribati, the easternmost
    [1_000_000_000, 1_000_000_000 - 12 * H, -12 * H],
    [1_000_000_000, 1_000_000_000 + 7 * 60, 0], // 7 minutes: UTC, not -0
    [1_000_000_000, 1_000_000_000 - 7 * 60, 0],
  ])("timestamp %d, local %d: %d s", (utc, local, offset) => {
    expect(offsetFromLocalTimestamp(utc, local)).toBe(offset);
    expect(Object.is(offsetFromLocalTimestamp(utc, local), -0)).toBe(false);
  });

  it.each([
    [1_000_000_000, 1_000_000_000 + 14.5 * H],
    [1_000_000_000, 1_000_000_000 - 15 * H],
    [1_000_000_000, 7_200], // a local clock that was never set
    [1_000_000_000, null],
    [null, 1_000_000_000],
    [1_000_000_000, Number.NaN],
  ])("timestamp %s, local %s: no offset", (utc, local) => expect(offsetFromLocalTimestamp(utc, local)).toBeNull());
});

describe("localDateOf", () => {
  it.each([
    // [start, file offset, runner zone, local date]
    ["2026-11-27T02:00:00.000Z", -8 * H, null, "2026-11-26"], // 18:00 in California the evening before
    ["2026-11-27T02:00:00.000Z", null, "America/Los_Angeles", "2026-11-26"],
    ["2026-11-27T02:00:00.000Z", null, null, "2026-11-27"], // nothing known: the UTC date
    ["2026-11-26T11:30:00.000Z", 13 * H, null, "2026-11-27"], // New Zealand summer, next morning already
    ["2026-11-26T11:30:00.000Z", null, "Pacific/Auckland", "2026-11-27"],
    ["2026-11-26T10:00:00.000Z", 14 * H, null, "2026-11-27"], // midnight exactly
    ["2026-11-26T09:59:59.000Z", 14 * H, null, "2026-11-26"], // a second before
    ["2027-01-01T02:00:00.000Z", -8 * H, null, "2026-12-31"], // back over a year end
    ["2028-02-29T23:30:00.000Z", 1 * H, null, "2028-03-01"], // over a leap day
    // The file's own offset wins over the runner's zone (the runner travelled).
    ["2026-11-27T02:00:00.000Z", 1 * H, "America/Los_Angeles", "2026-11-27"],
    ["2026-11-27T02:00:00.000Z", 0, "America/Los_Angeles", "2026-11-27"],
    // An unknown zone falls back to UTC instead of failing.
    ["2026-11-27T02:00:00.000Z", null, "Mars/Olympus_Mons", "2026-11-27"],
  ] as const)("%s (offset %s, zone %s) is %s", (start, offset, zone, date) => expect(localDateOf(start, offset, zone)).toBe(date));

  describe("daylight saving in the runner's zone", () => {
    it.each([
      // Los Angeles springs forward on 8 Mar 2026 (02:00 PST -> 03:00 PDT, 10:00 UTC).
      ["2026-03-08T07:59:00.000Z", "2026-03-07"], // 23:59 PST
      ["2026-03-08T08:00:00.000Z", "2026-03-08"], // 00:00 PST
      ["2026-03-09T06:30:00.000Z", "2026-03-08"], // 23:30 PDT (PST would still say the 8th)
      ["2026-03-09T07:30:00.000Z", "2026-03-09"], // 00:30 PDT (PST would say 23:30 on the 8th)
      // ... and falls back on 1 Nov 2026 (02:00 PDT -> 01:00 PST, 09:00 UTC).
      ["2026-11-01T06:30:00.000Z", "2026-10-31"], // 23:30 PDT
      ["2026-11-02T07:30:00.000Z", "2026-11-01"], // 23:30 PST (PDT would say 00:30 on the 2nd)
      ["2026-11-02T08:00:00.000Z", "2026-11-02"],
    ])("America/Los_Angeles: %s is %s", (start, date) => expect(localDateOf(start, null, "America/Los_Angeles")).toBe(date));

    it.each([
      // Sydney leaves daylight saving on 5 Apr 2026 (03:00 AEDT -> 02:00 AEST, 16:00 UTC on the 4th).
      ["2026-04-04T12:30:00.000Z", "2026-04-04"], // 23:30 AEDT
      ["2026-04-04T13:00:00.000Z", "2026-04-05"], // 00:00 AEDT
      ["2026-04-05T13:30:00.000Z", "2026-04-05"], // 23:30 AEST (AEDT would say 00:30 on the 6th)
      ["2026-04-05T14:00:00.000Z", "2026-04-06"], // 00:00 AEST
      // ... and enters it on 4 Oct 2026 (02:00 AEST -> 03:00 AEDT, 16:00 UTC on the 3rd).
      ["2026-10-03T13:30:00.000Z", "2026-10-03"], // 23:30 AEST
      ["2026-10-04T13:30:00.000Z", "2026-10-05"], // 00:30 AEDT (AEST would say 23:30 on the 4th)
      ["2026-10-04T12:59:00.000Z", "2026-10-04"],
    ])("Australia/Sydney: %s is %s", (start, date) => expect(localDateOf(start, null, "Australia/Sydney")).toBe(date));
  });
});

describe("dateInZone", () => {
  const at = Date.parse("2026-11-26T20:00:00.000Z");
  it.each([
    ["Pacific/Auckland", "2026-11-27"],
    ["Pacific/Kiritimati", "2026-11-27"],
    ["Europe/London", "2026-11-26"],
    ["America/Los_Angeles", "2026-11-26"],
    ["Pacific/Pago_Pago", "2026-11-26"],
    [null, "2026-11-26"],
  ])("%s: %s", (zone, date) => expect(dateInZone(at, zone)).toBe(date));
});

describe("canonicalTimeZone", () => {
  it.each([
    ["America/Los_Angeles", "America/Los_Angeles"],
    ["america/los_angeles", "America/Los_Angeles"],
    ["UTC", "UTC"],
    ["Etc/GMT+5", "Etc/GMT+5"],
  ])("%s is %s", (zone, canonical) => expect(canonicalTimeZone(zone)).toBe(canonical));

  it.each(["", "+05:00", "-0800", "PST", "EST", "CET", "Mars/Olympus_Mons", "America/Los Angeles", "x".repeat(65), "../etc/passwd"])(
    "%j is not a time zone",
    (zone) => expect(canonicalTimeZone(zone)).toBeNull(),
  );
});
