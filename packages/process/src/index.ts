export { readConcurrency } from './concurrency.ts';
export {
  type ProcessDied,
  type SuperviseOptions,
  type Supervisor,
  superviseProcesses,
} from './supervise-processes.ts';
