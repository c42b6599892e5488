// The generated Garmin product table against the installed FIT profile (@garmin/fitsdk, the oracle): every
// id names the product the profile gives it, and no product of the named families is missing.
import { describe, expect, it } from "vitest";
import { Profile } from "@garmin/fitsdk";
import { GARMIN_PRODUCTS } from "./garmin-products.ts";
import { garminProductName, garminProductTable } from "./generate-garmin-products.ts";

const profile = Profile.types["garminProduct"] as Record<string, string>;
const squash = (s: string) => s.toLowerCase().replace(/forerunner/, "fr").replace(/[^a-z0-9]/g, "");

describe("GARMIN_PRODUCTS (generated from the FIT profile)", () => {
  it("gives every id the product the profile names with it", () => {
    const wrong = [...GARMIN_PRODUCTS].filter(([id, name]) => {
      const enumName = profile[String(id)];
      // "Forerunner 920XT" ~ fr920xt...; "Fenix 9 43 mm" ~ fenix943mm; a special name shares the first 4 letters.
      return enumName === undefined || !squash(enumName).startsWith(squash(name).slice(0, 4));
    });
    expect(wrong).toEqual([]);
  });

  it("is what the generator writes from the installed profile (ids newer than the table aside)", () => {
    const newest = Math.max(...GARMIN_PRODUCTS.keys());
    const generated = garminProductTable().filter(([id]) => id <= newest);
    expect(generated).toEqual([...GARMIN_PRODUCTS]);
  });

  it("names the common running watches and bike computers", () => {
    const names = new Set(GARMIN_PRODUCTS.values());
    for (const n of ["Forerunner 255", "Forerunner 965", "Fenix 7X", "Fenix 8", "Epix Gen 2", "Venu 3", "Vivoactive 5", "Edge 540", "Instinct 2", "Enduro 3"])
      expect(names, n).toContain(n);
    expect(garminProductName("hrm4RunSingleByteProductId")).toBeNull();
    expect(garminProductName("edgeRemote")).toBeNull();
  });
});
