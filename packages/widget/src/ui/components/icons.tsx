/**
 * Decorative icons: always next to text that says the same, so hidden from
 * assistive tech. One stroked path each; size and stroke come from the
 * stylesheet (`.pd svg`), so each icon only carries its path.
 */
function Svg({ d }: { d: string }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true">
      <path d={d} />
    </svg>
  );
}

export function Spinner() {
  return <span class="pd-spinner" aria-hidden="true" />;
}

export const CheckIcon = () => <Svg d="M5 12.5l4.5 4.5L19 7.5" />;

/** A circle (two arcs) with a bar and a dot: "!" for alerts, "i" for information. */
const CIRCLE = 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0';
export const AlertIcon = () => <Svg d={`${CIRCLE}M12 7.5v5m0 3.5v.01`} />;
export const InfoIcon = () => <Svg d={`${CIRCLE}M12 11v5.5m0-8.5v.01`} />;

export const ChevronIcon = () => <Svg d="M9 6l6 6-6 6" />;
