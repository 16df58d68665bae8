// Thanks: Open in Mail App — a mailto: link with the recipients, subject and plain-text body.
import * as vscode from 'vscode';
import { noteFor, type Requests } from './requests';
import { offerMarkAsSent } from './markSent';
import { confirmHandOff, type HandOffOptions } from './handOff';

export const OPEN_IN_MAIL_APP_COMMAND = 'thanks.openInMailApp';

export interface MailResult {
  url: string;
  tooLong: boolean;
  opened: boolean;
}

export function registerOpenInMailAppCommand(requests: Requests): vscode.Disposable {
  /** `options.dryRun` (tests) builds the link without handing it to the system. */
  return vscode.commands.registerCommand(OPEN_IN_MAIL_APP_COMMAND, async (uri?: vscode.Uri, options?: { dryRun?: boolean } & HandOffOptions): Promise<MailResult | undefined> => {
    const doc = await noteFor(uri);
    if (!doc) return undefined;
    const r = await requests.render(doc);
    if (!(await confirmHandOff(doc, r, 'Open', options))) return undefined;
    const { url, tooLong, length } = r.mailto;
    if (tooLong && !options?.dryRun) {
      const choice = await vscode.window.showWarningMessage(
        `This mail link is ${length} characters long; many mail programs cut links over 2,000 characters, so the body may arrive incomplete.`,
        { modal: true },
        'Open Anyway',
        'Export .eml Instead',
      );
      if (choice === 'Export .eml Instead') {
        await vscode.commands.executeCommand('thanks.exportEml', doc.uri, undefined, { ifErrors: 'proceed' });
        return { url, tooLong, opened: false };
      }
      if (choice !== 'Open Anyway') return { url, tooLong, opened: false };
    }
    if (options?.dryRun) return { url, tooLong, opened: false };
    // Handed over as the string itself: a Uri would be decoded and re-encoded on the way (an "&" in the
    // body would end the body field); the extension host accepts the string and keeps it verbatim.
    const opened = await vscode.env.openExternal(url as unknown as vscode.Uri);
    if (opened) void offerMarkAsSent(doc.uri, 'The note is in your mail program. Once you have sent it, mark it as sent.');
    return { url, tooLong, opened };
  });
}
