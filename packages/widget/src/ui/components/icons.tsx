import type { ComponentChildren } from 'preact';

/** Decorative icons: always next to text that says the same, so hidden from assistive tech. */
function Svg({ name, children }: { name: string; children: ComponentChildren }) {
  return (
    <svg class={name} width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

const stroke = {
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': 2,
  'stroke-linecap': 'round',
} as const;

export function Spinner() {
  return <span class="pd-spinner" aria-hidden="true" />;
}

export function CheckIcon() {
  return (
    <Svg name="pd-icon">
      <path d="M5 12.5l4.5 4.5L19 7.5" {...stroke} stroke-width={2.5} />
    </Svg>
  );
}

export function AlertIcon() {
  return (
    <Svg name="pd-icon">
      <circle cx="12" cy="12" r="9" {...stroke} />
      <path d="M12 7.5v5m0 3.5v.01" {...stroke} />
    </Svg>
  );
}

export function InfoIcon() {
  return (
    <Svg name="pd-icon">
      <circle cx="12" cy="12" r="9" {...stroke} />
      <path d="M12 11v5.5m0-8.5v.01" {...stroke} />
    </Svg>
  );
}

export function ChevronIcon() {
  return (
    <Svg name="pd-chevron">
      <path d="M9 6l6 6-6 6" {...stroke} />
    </Svg>
  );
}
