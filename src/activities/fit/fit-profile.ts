// The small slice of the FIT profile the Activity needs: sport mapping, file type and manufacturer names.
import type { Sport } from "../activity.ts";
import { GARMIN_PRODUCTS } from "./garmin-products.ts";

/** FIT `sport` enum values we map; everything else is "other". */
const SPORT_RUNNING = 1;
const SPORT_CYCLING = 2;
const SPORT_FITNESS_EQUIPMENT = 4;
const SPORT_SWIMMING = 5;
const SPORT_WALKING = 11;
const SPORT_HIKING = 17;
const SPORT_E_BIKING = 21;
/** FIT `sub_sport` values that make fitness equipment a run or a walk. */
const SUB_SPORT_TREADMILL = 1;
const SUB_SPORT_INDOOR_WALKING = 27;
const SUB_SPORT_INDOOR_RUNNING = 45;
const SUB_SPORT_INDOOR_CYCLING = 6;

/**
 * FIT sport/sub_sport to our Sport. Running keeps its sub sports (street, trail, track, treadmill, indoor);
 * a treadmill or indoor run logged as "fitness equipment" (older watches) is running too.
 */
export function mapSport(sport: number | null, subSport: number | null): Sport {
  switch (sport) {
    case SPORT_RUNNING:
      return "running";
    case SPORT_WALKING:
      return "walking";
    case SPORT_CYCLING:
    case SPORT_E_BIKING:
      return "cycling";
    case SPORT_SWIMMING:
      return "swimming";
    case SPORT_HIKING:
      return "hiking";
    case SPORT_FITNESS_EQUIPMENT:
      if (subSport === SUB_SPORT_TREADMILL || subSport === SUB_SPORT_INDOOR_RUNNING) return "running";
      if (subSport === SUB_SPORT_INDOOR_WALKING) return "walking";
      if (subSport === SUB_SPORT_INDOOR_CYCLING) return "cycling";
      return "other";
    case null:
    default:
      return "other";
  }
}

/** Foot sports whose FIT cadence counts one foot (strides per minute): we report steps, so it is doubled. */
export function cadenceIsPerLeg(sport: Sport): boolean {
  return sport === "running" || sport === "walking" || sport === "hiking";
}

const FILE_TYPES: ReadonlyMap<number, string> = new Map([
  [1, "device"],
  [2, "settings"],
  [3, "sport"],
  [4, "activity"],
  [5, "workout"],
  [6, "course"],
  [7, "schedules"],
  [9, "weight"],
  [10, "totals"],
  [11, "goals"],
  [14, "blood pressure"],
  [15, "monitoring"],
  [20, "activity summary"],
  [28, "daily monitoring"],
  [32, "monitoring"],
  [34, "segment"],
  [35, "segment list"],
  [40, "data field configuration"],
]);

export function fileTypeName(type: number): string {
  return FILE_TYPES.get(type) ?? (type >= 0xf7 && type <= 0xfe ? "manufacturer-specific" : "unknown");
}

/** FIT `manufacturer` ids of the makers and apps whose files runners bring (the profile lists ~250). */
const MANUFACTURERS: ReadonlyMap<number, string> = new Map([
  [1, "Garmin"],
  [2, "Garmin"], // garmin_fr405_antfs
  [6, "SRM"],
  [9, "Saris"],
  [13, "Garmin"], // dynastream_oem: Garmin's ANT+ maker
  [15, "Garmin"], // dynastream
  [16, "Timex"],
  [23, "Suunto"],
  [28, "TrainingPeaks"],
  [32, "Wahoo"],
  [37, "Magellan"],
  [40, "Concept2"],
  [41, "Shimano"],
  [54, "IpBike"], // ifor_powell
  [63, "Specialized"],
  [69, "Stages Cycling"],
  [70, "Sigma Sport"],
  [71, "TomTom"],
  [86, "Elite"],
  [89, "Tacx"],
  [95, "Stryd"],
  [107, "Magene"],
  [115, "iGPSPORT"],
  [123, "Polar"],
  [129, "COROS"], // coros_byte
  [140, "Decathlon"], // decathlon_byte
  [144, "Zwift"], // zwift_byte
  [255, "development"],
  [258, "Lezyne"],
  [260, "Zwift"],
  [263, "Favero"],
  // Strava's own recordings, and what it exports for watches without FIT of their own (Apple Watch).
  [265, "Strava"],
  [267, "Bryton"],
  [268, "SRAM"],
  [281, "TrainerRoad"],
  [289, "Hammerhead"],
  [294, "COROS"],
  [300, "NURVV"],
  [305, "WHOOP"],
  [307, "Onelap"],
  [310, "Decathlon"],
  [326, "Nike"],
  [331, "MyWhoosh"],
  [337, "Runna"],
  [339, "Zepp"],
  [340, "Peloton"],
  [348, "Huawei"],
]);

/**
 * Products of other makers, which the FIT profile does not list: only pairs seen in files that also carry
 * the product_name (the shared corpus), so that files without the name get it too.
 */
const OTHER_PRODUCTS: ReadonlyMap<number, ReadonlyMap<number, string>> = new Map([
  [23, new Map([[34, "Suunto 9 Baro"], [35, "Suunto 9"]])],
  [294, new Map([[802, "COROS PACE 2"], [841, "COROS APEX Pro"]])],
]);

/** Manufacturers whose `product` is a `garmin_product` (the FIT profile's product subfield). */
const GARMIN_PRODUCT_MAKERS: ReadonlySet<number> = new Set([1, 13, 15, 89]);

/**
 * A readable device name: the file's product_name when it has one ("COROS PACE 2", "Suunto 9 Baro"), else
 * a known product ("Garmin Forerunner 935", "Suunto 9"), else the maker and the product number ("Wahoo
 * (product 28)"); null when the file does not say.
 */
export function deviceName(
  manufacturer: number | null,
  product: number | null,
  productName: string | null,
): string | null {
  const maker =
    manufacturer === null ? null : (MANUFACTURERS.get(manufacturer) ?? `manufacturer ${manufacturer}`);
  const name = productName?.trim() || null;
  if (name !== null) return maker === null || name.toLowerCase().startsWith(maker.toLowerCase()) ? name : `${maker} ${name}`;
  const garmin = manufacturer !== null && product !== null && GARMIN_PRODUCT_MAKERS.has(manufacturer) ? GARMIN_PRODUCTS.get(product) : undefined;
  if (garmin !== undefined) return `Garmin ${garmin}`;
  const other = manufacturer !== null && product !== null ? OTHER_PRODUCTS.get(manufacturer)?.get(product) : undefined;
  if (other !== undefined) return other;
  // Product 0 (and none) says nothing: Zwift and Stryd write 0.
  const model = product === null || product === 0 ? null : `product ${product}`;
  if (maker === null) return model;
  return model === null ? maker : `${maker} (${model})`;
}
