import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hasCode, waitForDiagnostics } from '../helpers';
import { readText, scratchFolder, workflow } from '../workflow-helpers';

describe('command thanks.newNote', () => {
  before(workflow);
  afterEach(async () => {
    await vscode.workspace.getConfiguration('thanks').update('candidateName', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('thanks').update('defaultSignOff', undefined, vscode.ConfigurationTarget.Global);
  });

  it('creates one note per interviewer with the front matter filled in and the template pre-filled', async () => {
    await vscode.workspace.getConfiguration('thanks').update('candidateName', 'Alex Rivera', vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('thanks').update('defaultSignOff', 'Kind regards', vscode.ConfigurationTarget.Global);
    const folder = await scratchFolder('new-note');
    const created = await vscode.commands.executeCommand<vscode.Uri[]>('thanks.newNote', {
      interviewers: ['Dana Whitfield', 'Kofi Osei'],
      role: 'Senior Data Engineer',
      company: 'Northwind Health',
      email: ['dana.whitfield@northwind.example', 'kofi.osei@northwind.example'],
      interviewDate: '2026-11-25 08:00',
      topics: ['moving nightly batch jobs to streaming'],
      situation: 'thanks-first-interview',
      onePerInterviewer: true,
      folder: folder.fsPath,
    });
    assert.equal(created.length, 2);
    assert.deepEqual(created.map((u) => u.path.split('/').pop()), ['northwind-health-dana-whitfield.thanks', 'northwind-health-kofi-osei.thanks']);
    const kofi = vscode.workspace.textDocuments.find((d) => d.uri.toString() === created[1].toString());
    assert.ok(kofi, 'the new note is open');
    const text = kofi.getText();
    assert.match(text, /^---\ninterviewer: Kofi Osei\nrole: Senior Data Engineer\ncompany: Northwind Health\nemail: kofi\.osei@northwind\.example\ninterview_date: 2026-11-25 08:00\ntopics:\n {2}- moving nightly batch jobs to streaming\nsubject: Thank you for the Senior Data Engineer interview\ncandidate: Alex Rivera\n---\n/);
    assert.match(text, /\nDear Kofi,\n/);
    assert.match(text, /the Senior Data Engineer role at Northwind Health\./);
    assert.match(text, /Our conversation about moving nightly batch jobs to streaming stayed with me\./);
    assert.match(text, /\nKind regards,\nAlex Rivera\n/);
    // What only the writer knows is still marked, and the linter says so.
    assert.match(text, /\[something about the team that stood out\]/);
    await waitForDiagnostics(kofi.uri, hasCode('placeholder/slot'), 'placeholder/slot in the new note');
    assert.match(await readText(created[0]), /^---\ninterviewer: Dana Whitfield\n/);
  });

  it('signs with the name answered, without thanks.candidateName', async () => {
    const folder = await scratchFolder('new-note-name');
    const [uri] = await vscode.commands.executeCommand<vscode.Uri[]>('thanks.newNote', {
      interviewers: ['Jennifer Lee'], role: 'Clinical Pharmacist', company: 'Harbor Health', situation: 'thanks-phone-screen', candidate: 'Tom Becker', folder: folder.fsPath,
    });
    const text = (await vscode.workspace.openTextDocument(uri)).getText();
    assert.match(text, /\ncandidate: Tom Becker\n---\n/);
    assert.match(text, /\nTom Becker\n?$/);
    assert.doesNotMatch(text, /\[Your Name\]/);
  });

  it('with one note for the panel, lists every interviewer', async () => {
    const folder = await scratchFolder('new-note-panel');
    const created = await vscode.commands.executeCommand<vscode.Uri[]>('thanks.newNote', {
      interviewers: ['Dana Whitfield', 'Kofi Osei'], role: 'Senior Data Engineer', company: 'Northwind Health', situation: 'thanks-final-round', onePerInterviewer: false, folder: folder.fsPath,
    });
    assert.equal(created.length, 1);
    const doc = await vscode.workspace.openTextDocument(created[0]);
    assert.match(doc.getText(), /^---\ninterviewer:\n {2}- Dana Whitfield\n {2}- Kofi Osei\n/);
    assert.match(doc.getText(), /interview_date: \d{4}-\d{2}-\d{2} \d{2}:\d{2}\n/, 'the interview date defaults to now');
  });
});
