// The upload size rules in force: the environment's where it sets them, the defaults everywhere else.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@shelf/config';
import { describe, expect, it } from 'vitest';
import type { AppServices } from '../../app-services.ts';
import { uploadLimits } from './product-files.service.ts';

const MIB = 1024 * 1024;

function limitsFor(env: Record<string, string>) {
  const config = loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'shelf-limits-')), ...env });
  return uploadLimits({ services: { config } as AppServices });
}

describe('uploadLimits', () => {
  it('keeps the defaults for what the environment leaves unset', () => {
    expect(limitsFor({})).toEqual({
      maxFileBytes: 5 * 1024 * MIB,
      maxImageBytes: 10 * MIB,
      multipartThresholdBytes: 100 * MIB,
      multipartPartBytes: 64 * MIB,
    });
  });

  it('takes each limit the environment sets', () => {
    expect(
      limitsFor({ UPLOAD_MAX_IMAGE_BYTES: String(2 * MIB), S3_MULTIPART_PART_BYTES: String(8 * MIB) }),
    ).toEqual({
      maxFileBytes: 5 * 1024 * MIB,
      maxImageBytes: 2 * MIB,
      multipartThresholdBytes: 100 * MIB,
      multipartPartBytes: 8 * MIB,
    });
  });
});
