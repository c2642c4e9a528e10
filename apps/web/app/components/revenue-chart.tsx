// The overview's daily revenue chart. uPlot draws on a canvas in the browser only: the server renders a
// box of the chart's fixed height (.revenue-chart-canvas, kept equal to REVENUE_CHART_HEIGHT), so nothing
// moves when the chart appears, and a table of the same figures for screen readers, which the canvas
// hides from them.
import { formatMoney } from '@shelf/format';
import { useEffect, useRef } from 'react';
import type uPlot from 'uplot';

export const REVENUE_CHART_HEIGHT = 260;

export type RevenueChartDay = { date: string; net: number; refunds: number; orders: number };

export function RevenueChart({ days, currency }: { days: RevenueChartDay[]; currency: string }) {
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const target = box.current;
    if (!target) return;
    let chart: uPlot | undefined;
    let resize: ResizeObserver | undefined;
    let cancelled = false;
    import('uplot').then(({ default: UPlot }) => {
      if (cancelled) return;
      const data: uPlot.AlignedData = [
        days.map((day) => Date.parse(`${day.date}T00:00:00Z`) / 1000),
        days.map((day) => day.net),
        days.map((day) => day.refunds),
      ];
      // Plotted in minor units, so any currency's decimals come out right.
      const money = (value: number) => formatMoney(Math.round(value), currency);
      const styles = getComputedStyle(target);
      const accent = styles.getPropertyValue('--color-accent').trim() || '#4338ca';
      const danger = styles.getPropertyValue('--color-danger').trim() || '#b91c1c';
      chart = new UPlot(
        {
          width: target.clientWidth,
          height: REVENUE_CHART_HEIGHT,
          tzDate: (ts) => UPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
          // The legend is static HTML below, so the canvas box is all that appears after hydration.
          legend: { show: false },
          cursor: { drag: { x: false, y: false } },
          scales: { x: { time: true }, y: { range: (_u, min, max) => [Math.min(0, min), Math.max(1, max)] } },
          axes: [{}, { values: (_u, ticks) => ticks.map(money), size: 80 }],
          series: [
            {},
            {
              label: 'Net',
              stroke: accent,
              width: 2,
              fill: `${accent}1a`,
              value: (_u, v) => (v == null ? '–' : money(v)),
            },
            {
              label: 'Refunds',
              stroke: danger,
              width: 1,
              dash: [4, 4],
              value: (_u, v) => (v == null ? '–' : money(v)),
            },
          ],
        },
        data,
        target,
      );
      resize = new ResizeObserver(() =>
        chart?.setSize({ width: target.clientWidth, height: REVENUE_CHART_HEIGHT }),
      );
      resize.observe(target);
    });
    return () => {
      cancelled = true;
      resize?.disconnect();
      chart?.destroy();
    };
  }, [days, currency]);

  return (
    <figure className="revenue-chart">
      <div ref={box} className="revenue-chart-canvas" aria-hidden="true" />
      <figcaption className="revenue-chart-legend">
        <span className="revenue-chart-key revenue-chart-key-net">Net</span>
        <span className="revenue-chart-key revenue-chart-key-refunds">Refunds</span>
        <span className="visually-hidden"> per day, also listed in the table that follows</span>
      </figcaption>
      <table className="visually-hidden">
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Orders</th>
            <th scope="col">Net</th>
            <th scope="col">Refunds</th>
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day.date}>
              <th scope="row">{day.date}</th>
              <td>{day.orders}</td>
              <td>{formatMoney(day.net, currency)}</td>
              <td>{formatMoney(day.refunds, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
