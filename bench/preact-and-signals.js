// Both libraries whole, as one script: the framework cost alone, without Paydrop's own code.

export * from '@preact/signals';
export * from 'preact';
