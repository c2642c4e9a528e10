export { readConcurrency } from './concurrency.ts';
export { fixedHeaders } from './fixed-headers.ts';
export {
  type ProcessDied,
  type SuperviseOptions,
  type Supervisor,
  superviseProcesses,
} from './supervise-processes.ts';
