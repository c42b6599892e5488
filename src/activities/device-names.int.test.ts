// Which device name every activity of the shared corpus gets: FIT by manufacturer, product and product_name
// (fit-profile.ts), GPX by its creator, TCX by its Creator's Name. Any change to a name shows up here.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corpusDir, hasCorpus, noteCorpusSkip } from "../../test/corpus.ts";
import { importBytes } from "./import-file.ts";

const FIT: Readonly<Record<string, string>> = {
  "fitparse__2013-02-06-12-11-14.fit": "Garmin Forerunner 110",
  "fitparse__20170518-191602-1740899583.fit": "Garmin Vivoactive HR",
  "fitparse__2019-02-17-062644-ELEMNT-297E-195-0.fit": "Wahoo (product 28)",
  "fitparse__Edge810-Vector-2013-08-16-15-35-10.fit": "Garmin Edge 810",
  "fitparse__activity-large-fenxi2-multisport.fit": "Garmin Fenix 2",
  "fitparse__activity-small-fenix2-run.fit": "Garmin Fenix 2",
  "fitparse__coros-pace-2-cycling-misaligned-fields.fit": "COROS PACE 2",
  "fitparse__developer-types-sample.fit": "Stryd",
  "fitparse__event_timestamp.fit": "Garmin Forerunner 735XT",
  "fitparse__garmin-edge-500-activity.fit": "Garmin Edge 500",
  "fitparse__garmin-fenix-5-bike.fit": "Garmin Fenix 5",
  "fitparse__garmin-fenix-5-run.fit": "Garmin Fenix 5",
  "fitparse__garmin-fenix-5-walk.fit": "Garmin Fenix 5",
  "fitparse__null_compressed_speed_dist.fit": "Zwift",
  "fitparse__sample-activity-indoor-trainer.fit": "Garmin Edge 800",
  "fitparsers__hrv-activity.fit": "Garmin Edge 530",
  "fittrackee__apple_watch.fit": "Strava (product 1161)", // an Apple Watch run as Strava writes it: the file does not say
  "goldencheetah__10kUNLP2014-Garmin15.fit": "Garmin (product 1932)", // a Forerunner 15 (its TCX says so) under an id the profile lacks
  "goldencheetah__14582164182.fit.gz": "Garmin Edge 1030 Plus",
  "goldencheetah__3386684871.fit": "Garmin Vivoactive HR",
  "goldencheetah__Fr955v19.28andStryd.fit": "Garmin Forerunner 955",
  "goldencheetah__Garmin920_withFirstbeat.fit": "Garmin Forerunner 920XT",
  "goldencheetah__HRV-Data.fit": "Stryd",
  "goldencheetah__IpBike-HRV-Data.fit": "IpBike",
  "goldencheetah__Move_2020_01_15_19_27_16_Running.fit": "Suunto 9 Baro",
  "goldencheetah__MultiSport-2019-11-24.fit": "Garmin Fenix 5X",
  "sportslib__2067489619.fit": "Garmin Vivoactive HR",
  "sportslib__6782987395.fit": "Garmin Forerunner 945",
  "sportslib__6860622783.fit": "Garmin Forerunner 945",
  "sportslib__6909950168.fit": "Suunto 9 Baro",
  "sportslib__6914448270.fit": "Suunto 9",
  "sportslib__6916663933.fit": "COROS APEX Pro",
  "sportslib__6916728382.fit": "COROS APEX Pro",
  "sportslib__garmin.fit": "Garmin Forerunner 910XT",
  "sweatpy__2020-06-01-16-52-40.fit": "Garmin Edge 1000",
  "sweatpy__4801048867.fit": "Garmin Forerunner 935",
  "sweatpy__6449921903_ACTIVITY.fit": "Garmin Forerunner 935",
  "sweatpy__6471559601_ACTIVITY.fit": "Garmin Forerunner 935",
  "tormoder__0134902991.fit": "Onelap (product 22)",
  "tormoder__mornindew-broken.fit": "Garmin Forerunner 920XT",
  // odd/: broken or unusual files
  "fitparse__activity-activity-filecrc.fit": "Garmin (product 1)", // product 1 is Garmin's first heart-rate strap
  "fitparse__activity-filecrc.fit": "Garmin (product 1)",
  "fitparse__activity-settings-corruptheader.fit": "Garmin (product 1)",
  "fitparse__activity-settings-nodata.fit": "Garmin (product 1)",
  "fitparse__activity-settings.fit": "Garmin (product 1)",
  "fitparse__activity-unexpected-eof.fit": "Garmin (product 1)",
  "fitparse__antfs-dump.63.fit": "Garmin Forerunner 70",
  "fitparse__compressed-speed-distance.fit": "Garmin Forerunner 70",
  "fitparse__elemnt-bolt-no-application-id.fit": "Wahoo (product 31)",
  "fitparse__nick.fit": "Sigma Sport (product 46)",
  "fitparse__sample_mulitple_header.fit": "Garmin Forerunner 920XT",
  "fitparse__strava-android-app-201.10-b1218918.fit": "Strava (product 102)",
  "sportslib__27-days-activity.fit": "Magellan (product 505)",
  "sportslib__broken-dates.fit": "manufacturer 1052 (product 1052)",
  "sportslib__empty-activities.fit": "Zwift",
  "sportslib__inverted-times.fit": "manufacturer 87",
  "tormoder__unterminated-strings.fit": "Wahoo (product 37)",
};

const XML: Readonly<Record<string, string | null>> = {
  "gpxpy__korita-zbevnica.gpx": "GPSBabel - http://www.gpsbabel.org",
  "sportslib__1681613317.gpx": "StravaGPX Android",
  "sportslib__6782987395.gpx": "Garmin Connect",
  "sportslib__amazfit.gpx": "Huami Amazfit Sports Watch",
  "togeojson__apple_watch_route.gpx": "Apple Health Export",
  "togeojson__run_gpxtpx.gpx": "StravaGPX",
  "goldencheetah__10kUNLP2014-Garmin15.tcx": "Forerunner 15",
  "sportslib__6782987395.tcx": "Forerunner 945",
  "sportslib__unknown_example.tcx": "Suunto Spartan Ultra",
  "sweatpy__3173437224.tcx": "Polar M400",
  "tcxreader__sup_activity_1.tcx": "vívoactive HR",
  "tcxreader__mapmyride_biking.tcx": null,
  "togeojson__tour_hr.tcx": "Fitbit Versa",
};

function activityFiles(dirs: readonly string[], pattern: RegExp): string[] {
  if (!hasCorpus) return [];
  return dirs.flatMap((dir) => readdirSync(join(corpusDir, dir)).filter((f) => pattern.test(f)).map((f) => join(dir, f)));
}

function deviceOf(path: string): string | null | undefined {
  const r = importBytes(path, new Uint8Array(readFileSync(join(corpusDir, path))));
  return r.kind === "activity" ? (r.activity?.device ?? null) : undefined;
}

noteCorpusSkip("device names of the corpus");

describe.skipIf(!hasCorpus)("device names of the corpus", () => {
  it("names the device of every FIT activity", () => {
    const got: Record<string, string | null> = {};
    for (const path of activityFiles(["fit", "fit/odd"], /\.fit(\.gz)?$/)) {
      const device = deviceOf(path);
      if (device !== undefined) got[path.split("/").at(-1)!] = device;
    }
    expect(got).toEqual(FIT);
  });

  it.each(Object.entries(XML))("%s: %j", (name, device) => {
    const [path] = activityFiles(["gpx", "tcx"], /\.(gpx|tcx)$/).filter((p) => p.endsWith(`/${name}`));
    expect(path, name).toBeDefined();
    expect(deviceOf(path!)).toBe(device);
  });
});
