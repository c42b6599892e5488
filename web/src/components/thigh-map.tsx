// Where it hurts, on a drawing of the back of the right thigh (drawn for Stride Back): the sit bone,
// the three hamstring muscles and the knee. Every region is a real radio input laid over the drawing,
// so touch, mouse, keyboard and screen-reader users all choose from the same thirteen regions.
import type { Injury } from "../../../src/domain/episode.ts";
import { LEVEL_WORDS, SIDE_WORDS } from "../content/words.ts";

type Level = Injury["location"]["level"];
type Side = Injury["location"]["side"];
type Location = Injury["location"];

interface Region {
  readonly level: Level;
  readonly side: Exclude<Side, "diffuse">;
  /** Position in the 240 x 400 drawing. */
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

const ROWS: readonly { level: Level; y: number; h: number }[] = [
  { level: "upper", y: 78, h: 74 },
  { level: "middle", y: 152, h: 74 },
  { level: "lower", y: 226, h: 74 },
  { level: "behind_knee", y: 300, h: 66 },
];
const COLUMNS: readonly { side: "inner" | "centre" | "outer"; x: number; w: number }[] = [
  { side: "inner", x: 44, w: 56 },
  { side: "centre", x: 100, w: 44 },
  { side: "outer", x: 144, w: 58 },
];

const REGIONS: readonly Region[] = [
  { level: "sit_bone", side: "centre", x: 58, y: 18, w: 86, h: 60 },
  ...ROWS.flatMap((r) =>
    COLUMNS.map((c) => ({ level: r.level, side: c.side, x: c.x, y: r.y, w: c.w, h: r.h })),
  ),
];

/** The muscle under a region, in plain words with the anatomical name. */
export function muscleAt(level: Level, side: Side): string {
  if (level === "sit_bone") return "where the hamstring tendons attach to the sit bone";
  if (side === "diffuse") return "across the back of the thigh";
  if (side === "centre") return "between the muscles, where all three meet";
  if (side === "inner")
    return level === "behind_knee"
      ? "the inner hamstring tendons (semitendinosus, semimembranosus)"
      : "the inner hamstrings (semitendinosus and semimembranosus)";
  if (level === "behind_knee") return "the outer hamstring tendon (biceps femoris)";
  return level === "lower"
    ? "the outer hamstring (biceps femoris, long and short heads)"
    : "the outer hamstring (biceps femoris, long head)";
}

export function describeLocation(loc: Location): string {
  if (loc.level === "sit_bone") return `${LEVEL_WORDS.sit_bone}: ${muscleAt(loc.level, loc.side)}`;
  return `${LEVEL_WORDS[loc.level]}, ${SIDE_WORDS[loc.side]}: ${muscleAt(loc.level, loc.side)}`;
}

const pct = (v: number, of: number) => `${((v / of) * 100).toFixed(2)}%`;

interface Props {
  readonly value: Location | undefined;
  readonly onChange: (loc: Location) => void;
}

export function ThighMap({ value, onChange }: Props) {
  const diffuse = value?.side === "diffuse";
  const isChosen = (r: Region) =>
    value !== undefined &&
    value.level === r.level &&
    (r.level === "sit_bone" || value.side === r.side || (diffuse && r.side === "centre"));
  return (
    <fieldset class="thigh-map">
      <legend>Where does it hurt most? Tap the spot on the back of your thigh.</legend>
      <p class="hint">
        The drawing shows the back of the right thigh; for the left leg, inside and outside swap places.
      </p>
      <div class="thigh-stage">
        <ThighDrawing />
        {REGIONS.map((r) => {
          const label =
            r.level === "sit_bone" ? LEVEL_WORDS.sit_bone : `${LEVEL_WORDS[r.level]}, ${SIDE_WORDS[r.side]}`;
          return (
            <label
              key={`${r.level}-${r.side}`}
              class={isChosen(r) ? "region chosen" : "region"}
              style={{ left: pct(r.x, 240), top: pct(r.y, 400), width: pct(r.w, 240), height: pct(r.h, 400) }}
            >
              <input
                type="radio"
                name="thigh-region"
                value={`${r.level}:${r.side}`}
                checked={isChosen(r)}
                onChange={() =>
                  onChange({ level: r.level, side: diffuse && r.level !== "sit_bone" ? "diffuse" : r.side })
                }
              />
              <span class="sr-only">{label}</span>
            </label>
          );
        })}
      </div>
      <label class="option check">
        <input
          type="checkbox"
          name="thigh-diffuse"
          checked={diffuse}
          disabled={!value || value.level === "sit_bone"}
          onChange={(e) =>
            value && onChange({ level: value.level, side: e.currentTarget.checked ? "diffuse" : "centre" })
          }
        />
        <span>It hurts across the whole width, not at one spot</span>
      </label>
      <p class="chosen-text" aria-live="polite">
        {value ? `Chosen: ${describeLocation(value)}.` : "Nothing chosen yet."}
      </p>
    </fieldset>
  );
}

function ThighDrawing() {
  return (
    <svg class="thigh-svg" viewBox="0 0 240 400" aria-hidden="true" focusable="false">
      <path
        class="skin"
        d="M40 24 Q120 4 206 22 Q214 160 196 300 Q192 350 182 392 L62 392 Q52 350 48 300 Q28 160 40 24 Z"
      />
      <path class="crease" d="M44 26 Q120 46 204 24" />
      <ellipse class="bone" cx="96" cy="46" rx="20" ry="13" />
      <path class="muscle semimem" d="M72 120 Q66 220 80 330 L104 334 Q100 230 96 118 Z" />
      <path class="muscle semiten" d="M90 58 Q82 180 96 340 L110 340 Q108 190 104 58 Z" />
      <path class="muscle bflong" d="M104 56 Q150 170 170 340 L186 336 Q170 160 118 52 Z" />
      <path class="muscle bfshort" d="M166 180 Q192 250 190 330 L178 334 Q172 260 156 196 Z" />
      <path class="crease" d="M62 340 Q122 356 184 340" />
      <ellipse class="knee" cx="122" cy="368" rx="40" ry="14" />
      <g class="drawing-text">
        <text x="96" y="16" text-anchor="middle">
          sit bone
        </text>
        <text x="14" y="200" transform="rotate(-90 14 200)" text-anchor="middle">
          inside
        </text>
        <text x="228" y="200" transform="rotate(90 228 200)" text-anchor="middle">
          outside
        </text>
        <text x="122" y="396" text-anchor="middle">
          knee
        </text>
      </g>
    </svg>
  );
}
