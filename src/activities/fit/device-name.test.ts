import { describe, expect, it } from "vitest";
import { deviceName } from "./fit-profile.ts";

describe("deviceName", () => {
  it.each([
    // [manufacturer, product, product_name, name]
    [1, 2697, null, "Garmin Fenix 5"],
    [1, 3113, null, "Garmin Forerunner 945"],
    [1, 3441, null, "Garmin Forerunner 945"], // the Asian model: same name
    [1, 4024, null, "Garmin Forerunner 955"],
    [1, 3570, null, "Garmin Edge 1030 Plus"],
    [1, 3226, null, "Garmin Venu"],
    [1, 2337, null, "Garmin Vivoactive HR"],
    [15, 1765, null, "Garmin Forerunner 920XT"], // dynastream writes Garmin product ids too
    [1, 1932, null, "Garmin (product 1932)"], // not in the profile
    [1, 65534, null, "Garmin (product 65534)"], // Garmin Connect: not a device we name
    [294, 802, "COROS PACE 2", "COROS PACE 2"], // product_name wins, the maker is not repeated
    [23, 34, "Suunto 9 Baro", "Suunto 9 Baro"],
    [32, 28, "ELEMNT BOLT", "Wahoo ELEMNT BOLT"],
    [1, 2697, "Forerunner 935 (own name)", "Garmin Forerunner 935 (own name)"],
    [32, 28, null, "Wahoo (product 28)"],
    [23, 34, null, "Suunto 9 Baro"], // seen with its product_name in the corpus
    [294, 841, null, "COROS APEX Pro"],
    [123, 0, null, "Polar"],
    [260, 0, null, "Zwift"],
    [95, null, null, "Stryd"],
    [265, 1161, null, "Strava (product 1161)"],
    [5759, 3, null, "manufacturer 5759 (product 3)"],
    [null, 7, null, "product 7"],
    [null, null, "  ", null],
    [null, null, null, null],
  ] as const)("manufacturer %s, product %s, name %j: %j", (m, p, n, name) => expect(deviceName(m, p, n)).toBe(name));
});
