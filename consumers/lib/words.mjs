/**
 * The words the checks wait for, taken from the installed package's own messages (English and
 * German), so a copy edit in the library changes what is expected, not whether it is checked.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The part of a message before its first placeholder: "Trying again in {seconds} s" → "Trying again in". */
const before = (message) => message.split('{')[0].trim();
/** The first sentence: "Still not working after 3 tries. Check …" → "Still not working after 3 tries". */
const sentence = (message) => message.split('. ')[0].replace(/\.$/, '');

export async function wordsFrom(appDir) {
  const require = createRequire(join(appDir, 'package.json'));
  const load = (name) => import(pathToFileURL(require.resolve(name)).href);
  const { en, formatMessage, describeStatus } = await load('react-connect-status');
  const { de } = await load('react-connect-status/locales/de');
  const of = (messages) => ({
    countdown: before(messages.ui.retryIn),
    retrying: messages.ui.retrying,
    recovered: sentence(messages.ui.recovered),
    exhausted: sentence(formatMessage(messages.ui.exhausted, { max: 3 })),
    attempt: (n) => formatMessage(messages.ui.attempt, { attempt: n, max: 3 }),
    unavailable: describeStatus(503, { messages }).title,
    partial: formatMessage(messages.ui.partialFailedOf, { failed: 2, total: 3 }),
    /** A status page's h1 as its text reads: the severity in words, then the title. */
    pageTitle: (input) => {
      const { severity, title } = describeStatus(input, { messages });
      return `${messages.ui.severity[severity]}: ${title}`;
    },
    retry: messages.ui.retry,
    step: messages.ui.nextStep,
  });
  return { en: of(en), de: of(de) };
}
