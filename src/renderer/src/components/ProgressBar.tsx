/** A labelled progress bar; `value` null shows an indeterminate one. */
export function ProgressBar({ value, label }: { value: number | null; label: string }) {
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value === null ? undefined : Math.round(value * 100)}
    >
      <div
        className={`progress__fill${value === null ? ' progress__fill--busy' : ''}`}
        style={{ width: value === null ? '30%' : `${Math.min(100, value * 100)}%` }}
      />
    </div>
  );
}
