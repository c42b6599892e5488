// The citations protocol and Learn content may name: "seed" (the source article) and the short
// citations of research/clinical-evidence.md. A claim with any other source does not compile.

export const CITATIONS = [
  "seed",
  "Aspetar",
  "AllSport Orthopaedics",
  "Askling 2006",
  "Askling 2010",
  "Askling 2013",
  "Askling 2014",
  "Bayer 2017",
  "BMJ Best Practice",
  "Bourne 2017",
  "Buist 2008",
  "Chumanov 2011",
  "de Vos 2014",
  "Dubois & Esculier 2020",
  "Ekstrand 2012",
  "Ekstrand 2013",
  "Frandsen 2025",
  "Goom 2016",
  "Green 2020",
  "Heiderscheit 2010",
  "Heiderscheit 2011",
  "Hickey 2020",
  "Ishøi 2020",
  "Jacobsen 2016",
  "JBJS Case Connect 2020",
  "Kornberg & Lew 1989",
  "Kuske 2016",
  "Mueller-Wohlfahrt 2013",
  "NHS DVT guidance",
  "NHS grade 3",
  "Orchard 2020",
  "Petersen 2011",
  "Pollock 2022",
  "Reurink 2022",
  "Ripley 2021",
  "Schache 2012",
  "Schut 2017",
  "Silbernagel 2007",
  "Subbu 2015",
  "Turl & George 1998",
  "van der Horst 2017",
  "van der Made 2019",
  "van Dyk 2019",
  "Vermeulen 2022",
  "Warren 2010",
  "Zein 2024",
] as const;

export type Citation = (typeof CITATIONS)[number];

/**
 * Where a piece of content comes from. `synthesis` marks the project's own combination of the
 * listed sources (for example the pain rules), which no single source states.
 */
export interface Sourced {
  readonly sources: readonly Citation[];
  readonly synthesis?: true;
}
