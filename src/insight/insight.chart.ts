// The theme monitor as a bar table in SVG: a row per theme, a column per half-year, each bar with its number written
// next to it, so it reads without colour; a rising theme is marked in words. Geometry only; the view draws it.
import { t } from '../locale/index.js';
import type { ThemeRow } from './insight.js';

const WIDTH = 760;
const LABEL_WIDTH = 250;
const HEADER_HEIGHT = 34;
const ROW_HEIGHT = 30;
const BAR_HEIGHT = 16;
/** Room after the longest bar for its number. */
const NUMBER_ROOM = 34;

export function themeChart(rows: readonly ThemeRow[], columns: readonly string[]) {
  const columnWidth = (WIDTH - LABEL_WIDTH) / Math.max(columns.length, 1);
  const barRoom = columnWidth - NUMBER_ROOM - 8;
  const max = Math.max(1, ...rows.flatMap((row) => row.cells.map((cell) => cell.topics)));
  const height = HEADER_HEIGHT + rows.length * ROW_HEIGHT + 8;
  return {
    width: WIDTH,
    height,
    columns: columns.map((label, index) => ({
      label,
      x: LABEL_WIDTH + index * columnWidth,
      lineX: LABEL_WIDTH + index * columnWidth - 4,
    })),
    gridBottom: height - 4,
    rows: rows.map((row, rowIndex) => {
      const y = HEADER_HEIGHT + rowIndex * ROW_HEIGHT;
      return {
        label: row.rising ? `${row.themeName} ${t('insight.themes.risingMark')}` : row.themeName,
        rising: row.rising,
        labelY: y + ROW_HEIGHT / 2 + 5,
        bars: row.cells.map((cell, index) => {
          const x = LABEL_WIDTH + index * columnWidth;
          const width = cell.topics === 0 ? 0 : Math.max(3, Math.round((cell.topics / max) * barRoom));
          return {
            x,
            y: y + (ROW_HEIGHT - BAR_HEIGHT) / 2,
            width,
            height: BAR_HEIGHT,
            value: cell.topics,
            valueX: x + width + 6,
            valueY: y + ROW_HEIGHT / 2 + 5,
          };
        }),
      };
    }),
  };
}
