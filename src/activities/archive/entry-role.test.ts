import { describe, expect, it } from "vitest";
import { entryRole } from "./entry-role.ts";

describe("entryRole", () => {
  it.each([
    ["activities/1234567890.fit.gz", "activity"],
    ["activities/1234567891.GPX", "activity"],
    ["activities/1234567892.tcx.gz", "activity"],
    ["export_1/activities.csv", "strava-index"],
    ["activities.csv", "strava-index"],
    ["media/abc.jpg", "ignored"],
    ["media/track.gpx", "ignored"],
    ["routes/1.gpx", "ignored"],
    ["__MACOSX/folder/._test_1.gpx", "ignored"],
    ["folder/._test_1.gpx", "ignored"],
    ["folder/", "ignored"],
    ["profile.csv", "ignored"],
    ["messaging.json", "ignored"],
    ["DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip", "archive"],
    ["DI_CONNECT/DI-Connect-Fitness/me@x.com_0_summarizedActivities.json", "garmin-summaries"],
    ["DI_CONNECT/DI-Connect-Fitness-Uploaded-Files/me@x.com_12345.fit", "activity"],
    ["DI_CONNECT/DI-Connect-Wellness/sleepData.json", "ignored"],
    ["14211916346_ACTIVITY.fit", "activity"],
  ])("%s is %s", (path, role) => {
    expect(entryRole(path)).toBe(role);
  });
});
