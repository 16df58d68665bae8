// THANKS_E2E_BREAK=1 swaps this in for server/out/server.js (in scratch copies only): the real server
// runs, initializes and answers requests, but every textDocument/publishDiagnostics it sends is
// dropped, so a suite that really waits for diagnostics must fail.
'use strict';
const DROP = '"method":"textDocument/publishDiagnostics"';

// --node-ipc (VS Code): messages go out through process.send.
if (typeof process.send === 'function') {
  const send = process.send.bind(process);
  process.send = (message, ...rest) => {
    if (message && message.method === 'textDocument/publishDiagnostics') {
      const callback = rest.find((a) => typeof a === 'function');
      if (callback) process.nextTick(callback, null);
      return true;
    }
    return send(message, ...rest);
  };
}

// --stdio (Neovim, Helix): each message is written as a header, then its JSON body.
const write = process.stdout.write.bind(process.stdout);
let heldHeader = null;
process.stdout.write = (chunk, ...rest) => {
  const text = Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk);
  if (/^Content-Length: \d+\r\n/.test(text) && text.endsWith('\r\n\r\n')) {
    heldHeader = chunk; // wait for the body to decide
    const callback = rest.find((a) => typeof a === 'function');
    if (callback) process.nextTick(callback);
    return true;
  }
  if (heldHeader !== null) {
    const header = heldHeader;
    heldHeader = null;
    if (text.includes(DROP)) {
      const callback = rest.find((a) => typeof a === 'function');
      if (callback) process.nextTick(callback);
      return true;
    }
    write(header);
  } else if (text.includes(DROP)) {
    return true; // header and body in one chunk
  }
  return write(chunk, ...rest);
};

require('./server.real.js');
