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
      {/* A no-break space: layout drops a leading space in a box taken out of the flow, and
          Chromium then names a heading "…this itemCode 404". */}
      <span className="rcs-visually-hidden">{`\u00a0${codeText(code, messages)}`}</span>
    </span>
  );
}
