import { createHash } from 'crypto';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/**
 * Renders a Vega-Lite spec to an SVG string, headless (no browser, no canvas, no network).
 * Same spec → same bytes, regardless of what was rendered before in this process.
 */
export async function toSVG(spec: TopLevelSpec): Promise<string> {
  // vega tags the data objects it ingests (Symbol(vega_id)); render a JSON copy so the
  // caller's spec is left untouched and we draw exactly what a notebook file would store.
  const jsonCopy = JSON.parse(JSON.stringify(spec)) as TopLevelSpec;
  const view = new vega.View(vega.parse(toVega(jsonCopy)), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    return renumberSvgDefIds(svg, `fk${specFingerprint(spec)}-`);
  } finally {
    view.finalize();
  }
}

/** Compiles Vega-Lite to Vega; throws on invalid specs (vega-lite's own errors). */
export function toVega(spec: TopLevelSpec): vega.Spec {
  // vega-lite's VgSpec and vega's Spec describe the same JSON; the types differ only nominally.
  return compile(spec).spec as unknown as vega.Spec;
}

/** Short content hash of a spec: stable across runs, different for different charts. */
export function specFingerprint(spec: TopLevelSpec): string {
  return createHash('sha256').update(JSON.stringify(spec)).digest('hex').slice(0, 8);
}

/**
 * vega numbers clip paths (`clip7`) and gradients (`gradient_3`, `p_gradient_3`) with
 * process-wide counters, so the same chart gets different ids depending on what was
 * rendered earlier. Rewrite them to `<prefix>clip1`, `<prefix>gradient_1`… in order of
 * first appearance. A per-chart prefix also keeps ids unique when several SVGs are
 * inlined into one HTML page (ids are page-global there).
 */
export function renumberSvgDefIds(svg: string, prefix = ''): string {
  const defIdPattern = /(id="|url\(#|href="#)(p_)?(clip|gradient_)(\d+)/g;
  const renumbered = new Map<string, number>();
  const counters = new Map<string, number>();
  return svg.replace(
    defIdPattern,
    (_match, context: string, patternPrefix: string | undefined, kind: string, n: string) => {
      const original = `${kind}${n}`;
      let next = renumbered.get(original);
      if (next === undefined) {
        next = (counters.get(kind) ?? 0) + 1;
        counters.set(kind, next);
        renumbered.set(original, next);
      }
      return `${context}${patternPrefix ?? ''}${prefix}${kind}${next}`;
    },
  );
}
