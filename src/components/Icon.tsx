import type { Severity } from '../core/types';

// One 16×16 outline per severity; the shapes differ too, so colour is never the only cue.
// StatusBadge draws the same paths from styles.css (--_rcs-*-icon), as a test checks.
export const iconPaths: Record<Severity, string> = {
  success: 'M8 1.5a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13Zm3 4-4 4.2L5 7.8',
  info: 'M8 1.5a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13ZM8 7v4.5M8 4.6v.1',
  warning: 'M8 1.8 15 14.2H1L8 1.8ZM8 6.3v3.8M8 12v.1',
  error: 'M8 1.5a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13Zm-2.6 3.9 5.2 5.2m0-5.2-5.2 5.2',
};

/** Decorative: the severity is always also said in text next to it. */
export function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <svg
      className="rcs-icon"
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={iconPaths[severity]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
