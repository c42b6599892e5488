// Metric and imperial display: the engine and the API always speak km and kg.
export type Units = "metric" | "imperial";

const KM_PER_MILE = 1.609344;
const KG_PER_LB = 0.45359237;

export function formatKm(km: number, units: Units): string {
  return `${round1(fromKm(km, units))} ${distanceUnit(units)}`;
}

export function formatKg(kg: number, units: Units): string {
  return units === "metric" ? `${round1(kg)} kg` : `${round1(kg / KG_PER_LB)} lb`;
}

export const distanceUnit = (u: Units) => (u === "metric" ? "km" : "mi");
export const loadUnit = (u: Units) => (u === "metric" ? "kg" : "lb");

/** Kilometres in the runner's units (km or miles), as a number for charts. */
export function fromKm(km: number, units: Units): number {
  return units === "metric" ? km : km / KM_PER_MILE;
}

export function toKm(value: number, units: Units): number {
  return units === "metric" ? value : value * KM_PER_MILE;
}

export function toKg(value: number, units: Units): number {
  return units === "metric" ? value : value * KG_PER_LB;
}

function round1(n: number): string {
  return (Math.round(n * 10) / 10).toString();
}
