import { describe, expect, it } from 'vitest';
import { batch, computed, effect, signal } from '../../src/ui/signals.js';

describe('signals', () => {
  it('re-runs an effect when a signal it read changes, not for the same value', () => {
    const count = signal(1);
    const seen: number[] = [];
    effect(() => {
      seen.push(count.value);
    });
    count.value = 2;
    count.value = 2;
    expect(seen).toEqual([1, 2]);
  });

  it('follows only the signals the last run read', () => {
    const useA = signal(true);
    const a = signal('a');
    const b = signal('b');
    const seen: string[] = [];
    effect(() => {
      seen.push(useA.value ? a.value : b.value);
    });
    useA.value = false;
    a.value = 'a2';
    b.value = 'b2';
    expect(seen).toEqual(['a', 'b', 'b2']);
  });

  it('runs an effect once for all the writes of a batch', () => {
    const first = signal('Ada');
    const last = signal('Lovelace');
    const seen: string[] = [];
    effect(() => {
      seen.push(`${first.value} ${last.value}`);
    });
    const result = batch(() => {
      first.value = 'Grace';
      last.value = 'Hopper';
      return 'done';
    });
    expect(result).toBe('done');
    expect(seen).toEqual(['Ada Lovelace', 'Grace Hopper']);
  });

  it('tracks what a computed reads', () => {
    const name = signal('PayPal');
    const label = computed(() => `Pay with ${name.value}`);
    const seen: string[] = [];
    effect(() => {
      seen.push(label.value);
    });
    name.value = 'Klarna';
    expect(seen).toEqual(['Pay with PayPal', 'Pay with Klarna']);
  });

  it('applies a write made during an effect after that run, not inside it', () => {
    const source = signal(0);
    const echo = signal(0);
    const log: string[] = [];
    effect(() => {
      log.push(`echo ${echo.value}`);
    });
    effect(() => {
      const value = source.value;
      log.push(`start ${value}`);
      echo.value = value;
      log.push(`end ${value}`);
    });
    source.value = 1;
    expect(log).toEqual(['echo 0', 'start 0', 'end 0', 'start 1', 'end 1', 'echo 1']);
  });

  it('stops re-running once disposed, even when already queued', () => {
    const count = signal(0);
    const seen: number[] = [];
    const stop = effect(() => {
      seen.push(count.value);
    });
    batch(() => {
      count.value = 1;
      stop();
    });
    count.value = 2;
    expect(seen).toEqual([0]);
  });
});
