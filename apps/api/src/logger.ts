// Structured JSON logs (pino). One logger per process; requests get a child with their request id.
import { type DestinationStream, type Logger, pino } from 'pino';

export type { Logger };

// Credentials never reach a log line, whether logged as a field or one object deep (headers, input).
const secretFields = ['authorization', 'cookie', 'password', 'token', 'key'];

/** `destination` defaults to stdout; tests pass a stream to read what would have been logged. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      // The pid tells apart the processes of one machine (WEB_CONCURRENCY) in a shared log.
      base: { service: 'shelf-api', pid: process.pid },
      redact: {
        paths: [
          ...secretFields,
          ...secretFields.map((field) => `*.${field}`),
          'req.headers.authorization',
          'req.headers.cookie',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
