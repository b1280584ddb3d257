import { describe, expect, it } from 'vitest';
import { chooseDelivery, exportQuerySchema, exportResultSchema } from '../../../shared/account-data/export-delivery';
import { EXPORT_INLINE_CAP_BYTES, EXPORT_INLINE_DEFAULT_BYTES } from '../../../shared/account-data/export-limits';
import { exportKey } from '../../../shared/account-data/export-store';
import { functionEnvironmentSchema } from '../../../shared/config/function-environment';
import { isAppError } from '../../../shared/errors/app-error';

/** Whether GET /v1/auth/me/export answers the document or a link (shared/account-data/export-delivery.ts). */
const MiB = 1024 * 1024;
const size = (sizeBytes: number, responseBytes = sizeBytes) => ({ sizeBytes, responseBytes });

describe('choosing how an export is delivered', () => {
  it('left to the size: inline up to the threshold, a link above it', () => {
    expect(chooseDelivery(undefined, size(1000), 1000)).toBe('inline');
    expect(chooseDelivery(undefined, size(1001), 1000)).toBe('link');
    expect(chooseDelivery(undefined, size(MiB), EXPORT_INLINE_DEFAULT_BYTES)).toBe('inline');
    expect(chooseDelivery(undefined, size(MiB + 1), EXPORT_INLINE_DEFAULT_BYTES)).toBe('link');
  });

  it('left to the size, gives a link when the escaped body would not fit a Lambda response even under the threshold', () => {
    expect(chooseDelivery(undefined, size(EXPORT_INLINE_CAP_BYTES - 10, EXPORT_INLINE_CAP_BYTES + 10), EXPORT_INLINE_CAP_BYTES)).toBe('link');
  });

  it('asked for a link, gives one however small the export', () => {
    expect(chooseDelivery('link', size(10), MiB)).toBe('link');
  });

  it('asked inline, answers inline above the threshold, up to the cap', () => {
    expect(chooseDelivery('inline', size(3 * MiB), MiB)).toBe('inline');
    expect(chooseDelivery('inline', size(EXPORT_INLINE_CAP_BYTES), MiB)).toBe('inline');
  });

  it('asked inline above the cap, refuses with a 413 naming query.delivery', () => {
    let thrown: unknown;
    try {
      chooseDelivery('inline', size(EXPORT_INLINE_CAP_BYTES, EXPORT_INLINE_CAP_BYTES + 1), MiB);
    } catch (error) {
      thrown = error;
    }
    expect(isAppError(thrown) && thrown.type).toBe('payload-too-large');
    expect(isAppError(thrown) && thrown.errors?.map((e) => e.field)).toEqual(['query.delivery']);
  });
});

describe('the export request and answer', () => {
  it('accepts delivery=inline, delivery=link or none, and refuses any other value', () => {
    expect(exportQuerySchema.parse({})).toEqual({});
    expect(exportQuerySchema.parse({ delivery: 'link' })).toEqual({ delivery: 'link' });
    expect(exportQuerySchema.safeParse({ delivery: 'email' }).success).toBe(false);
  });

  it('describes a link as {url, expiresAt, sizeBytes}, an answer the union accepts', () => {
    expect(exportResultSchema.safeParse({ url: 'https://s3.example/exports/u/1.json?X-Amz-Signature=x', expiresAt: '2026-12-06T11:00:00.000Z', sizeBytes: 42 }).success).toBe(true);
    expect(exportResultSchema.safeParse({ url: 'https://x' }).success).toBe(false);
  });

  it("keeps each export under its owner's prefix", () => {
    expect(exportKey('01USER', '01EXPORT')).toBe('exports/01USER/01EXPORT.json');
  });
});

describe('EXPORT_INLINE_MAX_BYTES', () => {
  const base = { TABLE_NAME: 't', EVENT_BUS_NAME: 'b' };

  it('defaults to 1 MiB', () => {
    expect(functionEnvironmentSchema.parse(base).EXPORT_INLINE_MAX_BYTES).toBe(MiB);
  });

  it('is refused above what a Lambda response carries, or below one byte', () => {
    expect(functionEnvironmentSchema.safeParse({ ...base, EXPORT_INLINE_MAX_BYTES: String(EXPORT_INLINE_CAP_BYTES + 1) }).success).toBe(false);
    expect(functionEnvironmentSchema.safeParse({ ...base, EXPORT_INLINE_MAX_BYTES: '0' }).success).toBe(false);
    expect(functionEnvironmentSchema.parse({ ...base, EXPORT_INLINE_MAX_BYTES: '3000' }).EXPORT_INLINE_MAX_BYTES).toBe(3000);
  });
});
