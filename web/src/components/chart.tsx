// A uPlot chart in a Preact component (uPlot is only in the progress screen's chunk). The numbers are
// also given as a table for screen readers and anyone who prefers reading them.
import { useEffect, useRef } from "preact/hooks";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

const DAY = 86_400;

/** `margin`: days each side (weekly bars need half a week, or the last one is cut at the edge). */
function xRange(x: readonly number[], margin: number): uPlot.Range.MinMax {
  const min = Math.min(...x);
  const max = Math.max(...x);
  return [Math.min(min - margin * DAY, max - 7 * DAY), max + margin * DAY];
}

export interface Series {
  readonly label: string;
  readonly color: string;
  readonly values: readonly (number | null)[];
  readonly bars?: boolean;
}

interface Props {
  readonly title: string;
  /** Unix seconds, one per point. */
  readonly x: readonly number[];
  readonly series: readonly Series[];
  readonly yMax?: number;
  /** Where the y axis starts when not at 0 (cadence: a change of a few steps a minute must show). */
  readonly yMin?: number;
  readonly yLabel: string;
}

export function Chart({ title, x, series, yMax, yMin, yLabel }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const width = () => Math.max(260, el.clientWidth);
    const bars = uPlot.paths.bars?.({ size: [0.6, 40] });
    const plot = new uPlot(
      {
        width: width(),
        height: 220,
        legend: { show: false },
        cursor: { drag: { x: false, y: false } },
        scales: {
          // At least a week wide, with a day of margin, so one or two points do not spread over years.
          x: { time: true, auto: false, range: xRange(x, series.some((s) => s.bars) ? 4 : 1) },
          y: {
            range: (_u, _min, max) => [yMin ?? 0, yMax ?? Math.max((yMin ?? 0) + 10, Math.ceil(max * 1.1))],
          },
        },
        axes: [
          { stroke: "#4a5759", grid: { stroke: "#e5e8e6" } },
          { stroke: "#4a5759", grid: { stroke: "#e5e8e6" }, label: yLabel, size: 50 },
        ],
        series: [
          {},
          ...series.map((s) => ({
            label: s.label,
            stroke: s.color,
            width: 2.5,
            ...(s.bars
              ? { fill: `${s.color}cc`, ...(bars ? { paths: bars } : {}) }
              : { points: { size: 7, fill: s.color } }),
          })),
        ],
      },
      [x as number[], ...series.map((s) => s.values as (number | null)[])],
      el,
    );
    const ro = new ResizeObserver(() => plot.setSize({ width: width(), height: 220 }));
    ro.observe(el);
    return () => {
      ro.disconnect();
      plot.destroy();
    };
  }, [x, series, yMax, yMin, yLabel]);
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <ul class="legend" aria-hidden="true">
        {series.map((s) => (
          <li key={s.label}>
            <span class="swatch" style={{ background: s.color }} />
            {s.label}
          </li>
        ))}
      </ul>
      <div ref={box} class="chart-box" aria-hidden="true" />
      <details>
        <summary>Show the numbers</summary>
        <table>
          <caption class="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              {series.map((s) => (
                <th scope="col" key={s.label}>
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {x.map((t, i) => (
              <tr key={t}>
                <th scope="row">{new Date(t * 1000).toISOString().slice(0, 10)}</th>
                {series.map((s) => (
                  <td key={s.label}>{s.values[i] ?? "–"}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
