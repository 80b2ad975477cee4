import type { BriefMessages } from '../i18n/messages';
import { codeText } from '../i18n/words';

/**
 * The numeric code as a code: the digits alone on screen, hidden from assistive technology,
 * which hears the localised words instead ("Code 503"), never a bare number.
 */
export function CodeTag({
  code,
  messages,
  className,
}: {
  code: number;
  messages: BriefMessages;
  className: string;
}) {
  return (
    <span className={className}>
      <span aria-hidden="true">{code}</span>
      <span className="rcs-visually-hidden"> {codeText(code, messages)}</span>
    </span>
  );
}
