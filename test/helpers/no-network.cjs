// Preload (`node --require test/helpers/no-network.cjs …`) for the privacy test: every network and
// DNS entry point of Node throws, and each attempt is appended (one JSON line) to the file named by
// THANKS_NETWORK_LOG, so a test can show that nothing tried. Pipes (stdio, the LSP transport) and
// IPC keep working: they do not go through these functions, and a socket over a file descriptor or a
// local path other than a TCP host is let through.
'use strict';
const fs = require('node:fs');
const net = require('node:net');
const http = require('node:http');
const https = require('node:https');
const http2 = require('node:http2');
const dns = require('node:dns');
const dgram = require('node:dgram');
const tls = require('node:tls');

const logFile = process.env.THANKS_NETWORK_LOG;

function record(what, detail) {
  const line = JSON.stringify({ what, detail: String(detail ?? '').slice(0, 200), pid: process.pid });
  if (logFile) {
    try {
      fs.appendFileSync(logFile, line + '\n');
    } catch {
      /* the throw below still tells */
    }
  }
  const err = new Error(`network access blocked by the privacy test: ${what} ${detail ?? ''}`);
  err.code = 'EPRIVACY';
  throw err;
}

/** A connect to a TCP host (not a pipe path or an fd) is network use. */
function isNetworkTarget(args) {
  const a = args[0];
  if (Array.isArray(a)) return isNetworkTarget(a);
  if (a && typeof a === 'object') return a.path === undefined && a.fd === undefined && (a.port !== undefined || a.host !== undefined);
  if (typeof a === 'number') return true;
  if (typeof a === 'string') return /^\d+$/.test(a);
  return false;
}

const origConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  if (isNetworkTarget(args)) record('net.Socket.connect', JSON.stringify(args[0]));
  return origConnect.apply(this, args);
};
const origNetConnect = net.connect;
const wrapNet = (name, orig) =>
  function (...args) {
    if (isNetworkTarget(args)) record(name, JSON.stringify(args[0]));
    return orig.apply(this, args);
  };
net.connect = wrapNet('net.connect', origNetConnect);
net.createConnection = wrapNet('net.createConnection', net.createConnection);

for (const [mod, name] of [
  [http, 'http'],
  [https, 'https'],
]) {
  mod.request = (...args) => record(`${name}.request`, typeof args[0] === 'string' ? args[0] : JSON.stringify(args[0]?.host ?? args[0]?.hostname ?? args[0]?.href ?? ''));
  mod.get = (...args) => record(`${name}.get`, typeof args[0] === 'string' ? args[0] : JSON.stringify(args[0]?.host ?? args[0]?.hostname ?? args[0]?.href ?? ''));
}
http2.connect = (authority) => record('http2.connect', authority);
tls.connect = (...args) => record('tls.connect', JSON.stringify(args[0]?.host ?? args[0]));
dgram.createSocket = (type) => record('dgram.createSocket', JSON.stringify(type));

const dnsNames = ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt', 'reverse'];
for (const n of dnsNames) {
  if (typeof dns[n] === 'function') dns[n] = (host) => record(`dns.${n}`, host);
  if (dns.promises && typeof dns.promises[n] === 'function') dns.promises[n] = async (host) => record(`dns.promises.${n}`, host);
}
if (dns.Resolver) {
  for (const n of dnsNames) if (typeof dns.Resolver.prototype[n] === 'function') dns.Resolver.prototype[n] = (host) => record(`dns.Resolver.${n}`, host);
}
if (typeof globalThis.fetch === 'function') globalThis.fetch = async (input) => record('fetch', typeof input === 'string' ? input : input?.url);
if (typeof globalThis.WebSocket === 'function') globalThis.WebSocket = function () {
  record('WebSocket', arguments[0]);
};

if (process.env.THANKS_NETWORK_SELFTEST === '1') {
  // Proves the preload bites: every entry point throws and is logged.
  const tries = [
    () => net.connect(80, 'example.com'),
    () => new net.Socket().connect({ port: 443, host: 'example.com' }),
    () => http.get('http://example.com/'),
    () => https.request({ host: 'example.com' }),
    () => dns.lookup('example.com', () => undefined),
    () => dns.resolve4('example.com', () => undefined),
    () => dgram.createSocket('udp4'),
    () => tls.connect({ host: 'example.com', port: 443 }),
  ];
  let blocked = 0;
  for (const t of tries) {
    try {
      t();
    } catch (e) {
      if (e.code === 'EPRIVACY') blocked++;
    }
  }
  globalThis.fetch('https://example.com/').catch((e) => {
    if (e.code === 'EPRIVACY') blocked++;
    process.stdout.write(`blocked ${blocked} of ${tries.length + 1}\n`);
  });
}
