/** The geometry behind the browser tests' legibility check (tests/browser/legibility.ts). */
import { describe, expect, it } from 'vitest';
import { legibilityProblems, overlap, type TextBox } from './browser/legibility';

const box = (text: string, x: number, y: number, width: number, height: number): TextBox => ({
  text,
  corners: [
    [x, y],
    [x + width, y],
    [x + width, y + height],
    [x, y + height],
  ],
});

/** A box rotated by `degrees` about its top-left corner, as Vega draws angled axis labels. */
const rotated = (
  text: string,
  x: number,
  y: number,
  width: number,
  height: number,
  degrees: number,
): TextBox => {
  const a = (degrees * Math.PI) / 180;
  const corners = box(text, 0, 0, width, height).corners.map(
    ([px, py]) =>
      [x + px * Math.cos(a) - py * Math.sin(a), y + px * Math.sin(a) + py * Math.cos(a)] as [number, number],
  );
  return { text, corners };
};

describe('overlap', () => {
  it('finds boxes that share area and leaves apart ones that only touch or are apart', () => {
    expect(overlap(box('a', 0, 0, 40, 12).corners, box('b', 30, 5, 40, 12).corners)).toBe(true);
    expect(overlap(box('a', 0, 0, 40, 12).corners, box('b', 40, 0, 40, 12).corners)).toBe(false);
    expect(overlap(box('a', 0, 0, 40, 12).corners, box('b', 0, 30, 40, 12).corners)).toBe(false);
    // Overlapping by less than a pixel is anti-aliasing, not a collision.
    expect(overlap(box('a', 0, 0, 40, 12).corners, box('b', 39.5, 0, 40, 12).corners)).toBe(false);
  });

  it('compares rotated labels as rotated rectangles, not as their axis-aligned hulls', () => {
    // Two long labels at -30°, 40 px apart: their hulls overlap, the labels themselves do not.
    const first = rotated('first-long-label', 0, 100, 120, 12, -30);
    const second = rotated('second-long-label', 40, 100, 120, 12, -30);
    expect(overlap(first.corners, second.corners)).toBe(false);
    const third = rotated('third', 5, 100, 120, 12, -30);
    expect(overlap(first.corners, third.corners)).toBe(true);
  });
});

describe('legibilityProblems', () => {
  it('reports overlapping pairs, text outside the chart and text cut by the renderer', () => {
    const texts = [
      box('modi', 10, 10, 30, 12),
      box('minister', 20, 12, 50, 12),
      box('edge', 190, 50, 30, 12),
      box('Distinctive (|z| ≥ …', 10, 80, 100, 12),
    ];
    expect(legibilityProblems({ width: 200, height: 100, texts })).toEqual([
      '"modi" overlaps "minister"',
      '"edge" reaches outside the chart (200×100)',
      '"Distinctive (|z| ≥ …" was cut short by the renderer',
    ]);
  });

  it('accepts an ellipsis the chart chose itself (present in its spec)', () => {
    const texts = [box('A long headline…', 10, 10, 100, 12)];
    expect(
      legibilityProblems({ width: 200, height: 100, texts }, JSON.stringify({ label: 'A long headline…' })),
    ).toEqual([]);
  });
});
