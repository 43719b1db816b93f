import type { TopLevelSpec } from 'vega-lite';
import { toSVG } from '../charts/render';

export const VEGA_LITE_MIME = 'application/vnd.vegalite.v5+json';

/**
 * The three representations of a chart output:
 * - Vega-Lite spec (data inlined) for live Jupyter front ends;
 * - SVG for static exports (HTML, GitHub's .ipynb viewer) where no JavaScript runs;
 * - a one-line text fallback.
 * Deliberately no text/html: exporters prefer it over the SVG and it would need JS.
 */
export interface ChartBundle {
  [VEGA_LITE_MIME]: TopLevelSpec;
  'image/svg+xml': string;
  'text/plain': string;
}

export async function chartBundle(spec: TopLevelSpec): Promise<ChartBundle> {
  return {
    [VEGA_LITE_MIME]: spec,
    'image/svg+xml': await toSVG(spec),
    'text/plain': `Vega-Lite chart: ${chartTitle(spec)}`,
  };
}

function chartTitle(spec: TopLevelSpec): string {
  const title = spec.title;
  if (typeof title === 'string') return title;
  if (Array.isArray(title)) return title.join(' ');
  if (title && typeof title === 'object' && 'text' in title) {
    const text = title.text;
    if (typeof text === 'string') return text;
    if (Array.isArray(text)) return text.join(' ');
  }
  return 'untitled';
}
