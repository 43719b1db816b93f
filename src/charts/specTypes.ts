/**
 * Vega-Lite's own types for the parts of a spec, so that builders composing several views
 * (side by side, layered) are type-checked like whole specs. Only `TopLevelSpec` is exported
 * from the package root; these live in its published declaration files.
 */
import type { Field } from 'vega-lite/build/src/channeldef';
import type { FacetedUnitSpec, LayerSpec } from 'vega-lite/build/src/spec';
import type { DataMixins } from 'vega-lite/build/src/spec/base';

/** One mark with its encoding, data and size: a view that can stand alone or be concatenated. */
export type UnitView = FacetedUnitSpec<Field>;
/** A unit view that carries its own data (every view a builder returns inlines its rows). */
export type DataUnitView = UnitView & DataMixins;
/** Several marks drawn on shared scales. */
export type LayerView = LayerSpec<Field>;
/** A layered view that carries its own data. */
export type DataLayerView = LayerView & DataMixins;
