// Counts the React commits of a real StatusAlert countdown and watches which DOM nodes change.
import { Profiler } from 'react';
import { createRoot } from 'react-dom/client';
import { en, StatusAlert } from '../../src';

/**
 * A real StatusAlert countdown (Retry-After: 10 s, auto retry on), watched for `seconds`: React
 * commits per Profiler onRender, and every DOM mutation described by where it happened.
 */
export async function countdown(seconds: number) {
  const host = document.createElement('div');
  document.body.append(host);
  const commits: number[] = [];
  const onRender = (
    _id: string,
    _phase: string,
    _actual: number,
    _base: number,
    _start: number,
    at: number,
  ) => {
    commits.push(at);
  };
  const status = { status: 503, headers: { 'Retry-After': '10' } };
  const root = createRoot(host);
  const never = () => new Promise<never>(() => undefined);
  root.render(
    <Profiler id="alert" onRender={onRender}>
      <StatusAlert status={status} onRetry={never} autoRetry />
    </Profiler>,
  );
  // Let the mount and the scheduling commit settle before watching.
  await new Promise((resolve) => setTimeout(resolve, 300));
  // The countdown line is the one showing "Trying again in …"; anything else changing is news.
  const countdownWords = en.ui.retryIn.split('{')[0]?.trim() ?? '';
  const mutated = { countdown: 0, elsewhere: [] as string[] };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const node =
        record.target.nodeType === Node.TEXT_NODE
          ? record.target.parentElement
          : (record.target as Element);
      if (record.type === 'characterData' && node?.textContent?.includes(countdownWords)) {
        mutated.countdown++;
      } else {
        mutated.elsewhere.push(
          `${record.type} on <${node?.tagName.toLowerCase()} class="${node?.className}">`,
        );
      }
    }
  });
  observer.observe(host, { subtree: true, childList: true, characterData: true, attributes: true });
  const from = performance.now();
  const before = commits.length;
  while (performance.now() - from < seconds * 1000) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  observer.disconnect();
  const elapsed = (performance.now() - from) / 1000;
  root.unmount();
  host.remove();
  return {
    commitsPerSecond: (commits.length - before) / elapsed,
    elapsed,
    mutated,
  };
}
