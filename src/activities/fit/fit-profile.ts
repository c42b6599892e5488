// The small slice of the FIT profile the Activity needs: sport mapping, file type and manufacturer names.
import type { Sport } from "../activity.ts";

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

const MANUFACTURERS: ReadonlyMap<number, string> = new Map([
  [1, "Garmin"],
  [6, "SRM"],
  [9, "Saris"],
  [15, "Garmin (Dynastream)"],
  [16, "Timex"],
  [23, "Suunto"],
  [28, "TrainingPeaks"],
  [32, "Wahoo"],
  [37, "Magellan"],
  [41, "Shimano"],
  [70, "Sigma Sport"],
  [86, "Elite"],
  [89, "Tacx"],
  [95, "Stryd"],
  [107, "Magene"],
  [115, "iGPSPORT"],
  [123, "Polar"],
  [255, "development"],
  [258, "Lezyne"],
  [260, "Zwift"],
  [263, "Favero"],
  [265, "Strava"],
  [267, "Bryton"],
  [289, "Hammerhead"],
  [294, "COROS"],
  [305, "WHOOP"],
  [310, "Decathlon"],
  [339, "Zepp"],
  [348, "Huawei"],
]);

/** A readable device name: "Garmin 2697", "Wahoo ELEMNT BOLT", or null when the file does not say. */
export function deviceName(
  manufacturer: number | null,
  product: number | null,
  productName: string | null,
): string | null {
  const maker =
    manufacturer === null ? null : (MANUFACTURERS.get(manufacturer) ?? `manufacturer ${manufacturer}`);
  const model = productName ?? (product === null ? null : String(product));
  if (maker === null) return model;
  return model === null ? maker : `${maker} ${model}`;
}
