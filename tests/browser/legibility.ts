/**
 * Legibility of one SVG chart as Chromium lays it out: every piece of text is measured with
 * `getBBox()` and mapped through its own transform (`getCTM()`) into the chart's coordinates,
 * so rotated axis labels are compared as the rotated rectangles they are, not as their
 * axis-aligned hulls. A chart is legible when
 *   - no two non-empty texts overlap (by more than `OVERLAP_TOLERANCE` px on both axes),
 *   - no text reaches outside the chart's own width × height (it would be clipped), and
 *   - no text was shortened by Vega (a label or title cut with "…") unless that very text,
 *     ellipsis included, is in the chart's Vega-Lite spec: a shortening the chart chose on purpose.
 */
import type { Page } from 'playwright-core';

/** Anti-aliasing slack: glyph boxes that touch or overlap by less than this are not a collision. */
export const OVERLAP_TOLERANCE = 1;

export interface TextBox {
  text: string;
  /** The four corners of the text's box in the chart's coordinates (x, y pairs). */
  corners: [number, number][];
}

export interface Measurement {
  width: number;
  height: number;
  texts: TextBox[];
}

/** Renders `svg` on `page` (as its only content) and measures every text element in it. */
export async function measureSvg(page: Page, svg: string): Promise<Measurement> {
  await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
  return page.evaluate(() => {
    const root = document.querySelector('svg') as SVGSVGElement;
    const rootMatrix = root.getScreenCTM()!.inverse();
    const texts = [...root.querySelectorAll('text')].flatMap((element) => {
      const text = (element.textContent ?? '').trim();
      const box = element.getBBox();
      if (text === '' || box.width === 0 || box.height === 0) return [];
      const toChart = rootMatrix.multiply(element.getScreenCTM()!);
      const corners = [
        [box.x, box.y],
        [box.x + box.width, box.y],
        [box.x + box.width, box.y + box.height],
        [box.x, box.y + box.height],
      ].map(([x, y]) => {
        const p = new DOMPoint(x, y).matrixTransform(toChart);
        return [p.x, p.y] as [number, number];
      });
      return [{ text, corners }];
    });
    return { width: root.width.baseVal.value, height: root.height.baseVal.value, texts };
  });
}

/** Problems that make a measured chart hard to read; empty when it is legible. */
export function legibilityProblems(measured: Measurement, specJson = ''): string[] {
  const problems: string[] = [];
  const { texts, width, height } = measured;
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      if (overlap(texts[i].corners, texts[j].corners))
        problems.push(`"${texts[i].text}" overlaps "${texts[j].text}"`);
    }
  }
  for (const { text, corners } of texts) {
    const outside = corners.some(([x, y]) => x < -0.5 || y < -0.5 || x > width + 0.5 || y > height + 0.5);
    if (outside) problems.push(`"${text}" reaches outside the chart (${width}×${height})`);
    if (text.endsWith('…') && !specJson.includes(JSON.stringify(text).slice(1, -1))) {
      problems.push(`"${text}" was cut short by the renderer`);
    }
  }
  return problems;
}

/**
 * Separating-axis test for two convex quadrilaterals, each shrunk by the tolerance: they
 * overlap unless some edge normal separates their projections.
 */
export function overlap(a: [number, number][], b: [number, number][]): boolean {
  for (const polygon of [a, b]) {
    for (let k = 0; k < polygon.length; k++) {
      const [x1, y1] = polygon[k];
      const [x2, y2] = polygon[(k + 1) % polygon.length];
      const length = Math.hypot(x2 - x1, y2 - y1);
      if (length === 0) continue;
      const normal = [(y1 - y2) / length, (x2 - x1) / length];
      const project = (points: [number, number][]) => points.map(([x, y]) => x * normal[0] + y * normal[1]);
      const pa = project(a);
      const pb = project(b);
      const gap = Math.max(Math.min(...pb) - Math.max(...pa), Math.min(...pa) - Math.max(...pb));
      if (gap > -OVERLAP_TOLERANCE) return false;
    }
  }
  return true;
}
