import type { Metadata } from '../domain/types.js';

/** Metadata is stored as a JSON object of strings; anything else in the column is a bug, so fail loudly. */
export function readMetadata(text: string): Metadata {
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error('corrupt metadata');
  return value as Metadata;
}

export const bool = (value: number): boolean => value === 1;
export const int = (value: boolean): number => (value ? 1 : 0);
