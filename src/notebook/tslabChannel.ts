/**
 * Sends a display_data message through the running tslab kernel.
 *
 * tslab's public `display.raw(mime, data)` puts ONE MIME type in each message, but a chart
 * must be a single output carrying several representations (JupyterLab picks the Vega-Lite
 * one, static exports pick the SVG). Internally, tslab's kernel installs a writer for the
 * executing cell at `require('tslab/dist/jupyter').lastWriteDisplayData(content, update)`,
 * and `display.raw` just calls it with `{data: {[mime]: value}, metadata, transient}`.
 * We call the same writer with a whole bundle. Checked against tslab 1.0.22.
 */

/** The Jupyter display_data content (https://jupyter-client.readthedocs.io/en/stable/messaging.html#display-data). */
export interface DisplayContent {
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
  transient?: { display_id?: string };
}

export type DisplayWriter = (content: DisplayContent, update: boolean) => void;

const TSLAB_JUPYTER_MODULE = /[\\/]tslab[\\/]dist[\\/]jupyter\.js$/;

/**
 * Finds the writer of the kernel that is running us. Scans the module cache instead of
 * `require('tslab/dist/jupyter')` so we reach the kernel's own module instance even if
 * another copy of tslab is resolvable from this file.
 */
export function findTslabWriter(): DisplayWriter | null {
  for (const mod of Object.values(require.cache)) {
    if (!mod || !TSLAB_JUPYTER_MODULE.test(mod.filename)) continue;
    const writer = (mod.exports as { lastWriteDisplayData?: unknown }).lastWriteDisplayData;
    if (typeof writer === 'function') return writer as DisplayWriter;
  }
  return null;
}

/** Emits one display_data output with every MIME type in `data`. */
export function sendDisplayData(
  data: Record<string, unknown>,
  writer: DisplayWriter | null = findTslabWriter(),
): void {
  if (!writer) {
    throw new Error(
      'No tslab kernel display channel: showChart/showTable only work inside a tslab notebook.',
    );
  }
  writer({ data, metadata: {} }, false);
}

/**
 * Emits a display that can be replaced later: the first call (`update` false) creates the
 * output, later calls with the same `displayId` and `update` true replace its content in
 * place (Jupyter's update_display_data). The id is transient: notebook files never store
 * it, only the last content.
 */
export function sendUpdatableDisplay(
  data: Record<string, unknown>,
  displayId: string,
  update: boolean,
  writer: DisplayWriter | null = findTslabWriter(),
): void {
  if (!writer)
    throw new Error('No tslab kernel display channel: updatable displays only work inside a tslab notebook.');
  writer({ data, metadata: {}, transient: { display_id: displayId } }, update);
}
