// The status bar's text and tooltip for a note, from its readiness (no editor API: unit-tested).
import { describeWindow, plural, shortWindow, type Readiness } from '../../server/src/protocol';

export function statusText(x: Readiness): { text: string; tooltip: string } {
  const counts = [x.errors ? `$(error) ${x.errors}` : '', x.warnings ? `$(warning) ${x.warnings}` : ''].filter(Boolean).join(' ');
  // A sent note is not "ready to send": it went out; problems still show, as a lesson for the next one.
  const state = x.sent ? ['$(mail) Sent', counts].filter(Boolean).join(' ') : x.ready ? '$(check) Ready to send' : counts;
  const short = shortWindow(x.hoursLeft);
  const clock = short ? ` · $(clock) ${short}` : '';
  const problems = [x.errors ? plural(x.errors, 'error') : '', x.warnings ? plural(x.warnings, 'warning') : ''].filter(Boolean).join(' and ');
  const tooltip = [
    x.sent ? `Sent ${x.sent}.${x.ready ? '' : ` ${problems} in it.`}` : x.ready ? 'No errors or warnings: ready to send.' : `${problems} to fix before sending.`,
    `${plural(x.words, 'word')}.`,
    x.hoursLeft !== undefined ? `${describeWindow(x.hoursLeft)}.` : 'No interview_date: no 24-hour window to track.',
    'Click to open the preview.',
  ].join('\n');
  return { text: state + clock, tooltip };
}
