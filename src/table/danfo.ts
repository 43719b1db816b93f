/**
 * The one place that imports danfojs-node. Import danfojs from here, not directly.
 *
 * danfojs-node runs on pure-JS TensorFlow.js (package.json overrides tfjs-node with
 * @tensorflow/tfjs). On the first tensor it creates, tfjs-backend-cpu prints a
 * "Hi, looks like you are running TensorFlow.js in Node.js…" banner via console.warn,
 * i.e. to stderr — which the notebook check treats as a failure. tfjs suppresses its
 * warnings in production mode, so switch that on before anything creates a tensor.
 * (Production mode also skips tfjs debug checks we do not use.)
 */
import * as dfd from 'danfojs-node';

dfd.tensorflow.enableProdMode();

export { dfd };
export type DataFrame = InstanceType<typeof dfd.DataFrame>;
