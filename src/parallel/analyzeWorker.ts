/**
 * Worker-thread entry for `analyzeStream`: builds one analyzer (lexicons compiled once per thread;
 * the analyzer holds only immutable data, so threads share nothing) and answers one job per document.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer, type Analyzer } from '../analyze';
import type { RawDocument } from '../corpus/types';
import { encodeDocument, type EncodedDocument } from './encoding';
import type { AnalyzeWorkerData } from './analyzeStream';
import { serveJobs } from './workerPool';

const { options, encoding } = workerData as AnalyzeWorkerData;
// Built on the first job, so a lexicon error travels back as that job's error, in input order.
let analyzer: Analyzer | null = null;

if (parentPort) {
  serveJobs<RawDocument, EncodedDocument>(parentPort, (raw) => {
    analyzer ??= createAnalyzer(options);
    return encodeDocument(analyzer.analyze(raw), raw.origin, encoding);
  });
}
