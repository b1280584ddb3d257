import { describe, expect, it } from 'vitest';
import { versionedUpdate } from '../../../shared/data/versioned-update';

describe('versioned update', () => {
  it('sets fields, bumps the version and requires the item to exist', () => {
    const update = versionedUpdate({ name: 'x', skipped: undefined }, { now: 'T' });
    expect(update.UpdateExpression).toBe('SET #updatedAt = :updatedAt, #version = if_not_exists(#version, :zero) + :one, #f0 = :f0');
    expect(update.ConditionExpression).toBe('attribute_exists(PK)');
    expect(update.ExpressionAttributeNames).toMatchObject({ '#f0': 'name' });
    expect(update.ExpressionAttributeValues).toMatchObject({ ':f0': 'x', ':updatedAt': 'T' });
    expect(JSON.stringify(update)).not.toContain('skipped');
  });

  it('adds the expected version, a state condition and removals', () => {
    const update = versionedUpdate(
      { status: 'ACTIVE' },
      { now: 'T', expectedVersion: 3, remove: ['GSI2PK'], condition: { expression: '#s = :from', names: { '#s': 'status' }, values: { ':from': 'PROVISIONING' } } },
    );
    expect(update.ConditionExpression).toBe('attribute_exists(PK) AND #version = :expectedVersion AND (#s = :from)');
    expect(update.UpdateExpression).toMatch(/ REMOVE #r0$/);
    expect(update.ExpressionAttributeValues).toMatchObject({ ':expectedVersion': 3, ':from': 'PROVISIONING' });
  });
});
