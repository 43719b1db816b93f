/** Declared in every spec so renderers (JupyterLab, vega-embed) pick the right Vega-Lite major. */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v5.json';
