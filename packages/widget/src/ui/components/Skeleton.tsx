/** Placeholder rows while the methods load; the status region says what is happening. */
export function Skeleton() {
  return (
    <div class="pd-list" aria-hidden="true">
      <div class="pd-skel" />
      <div class="pd-skel" />
      <div class="pd-skel" />
    </div>
  );
}
