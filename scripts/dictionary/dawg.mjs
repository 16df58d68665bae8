// Minimal acyclic automaton (DAWG) over a sorted list of ASCII strings, packed into bytes that
// wordset.ts walks without unpacking. No npm packages needed.
//
// Construction: Daciuk, Mihov, Watson & Watson (2000), incremental construction of a minimal
// acyclic DFA from sorted input (each state is registered by its signature: final flag plus
// (label, target) of its arcs once no later word can change it).
//
// Byte layout (root first, at offset 0). A state is the list of its outgoing arcs, in label order;
// the sink (final, no arcs) is not stored. One arc:
//   byte 0      label (7-bit ASCII code) | 0x80 when this is the state's LAST arc
//   varint v    LEB128, v = (e << 2) | (NEXT << 1) | FINAL
//               FINAL  the string that ends with this label is in the set
//               NEXT   (last arc only) the target's arcs start right after this arc
//               e      otherwise: the target's distance from the END of the buffer
//                      (target offset = length - e); e = 0 means the sink
// States are written in post-order (children before parents) and then laid out in reverse, so
// that every target is known when its parent is written and sits after it; the child visited last
// is usually written just before its parent, i.e. laid out right after it, which makes most
// chain arcs 2 bytes long.

/** Builds the DAWG; `words` must be sorted by code unit and unique. */
export function buildDawg(words) {
  let nextId = 0;
  const newState = () => ({ id: nextId++, final: false, labels: [], targets: [] });
  const root = newState();
  const register = new Map();
  const unchecked = []; // [parent, label, child]
  let previous = '';

  const signature = (s) => {
    let k = s.final ? '1' : '0';
    for (let i = 0; i < s.labels.length; i++) k += ',' + s.labels[i] + ':' + s.targets[i].id;
    return k;
  };
  const minimize = (downTo) => {
    for (let i = unchecked.length - 1; i >= downTo; i--) {
      const [parent, , child] = unchecked[i];
      const key = signature(child);
      const existing = register.get(key);
      if (existing) parent.targets[parent.targets.length - 1] = existing;
      else register.set(key, child);
      unchecked.pop();
    }
  };

  for (const word of words) {
    if (word <= previous && previous !== '') throw new Error(`buildDawg: input not sorted/unique at ${JSON.stringify(word)}`);
    let common = 0;
    while (common < word.length && common < previous.length && word.charCodeAt(common) === previous.charCodeAt(common)) common++;
    minimize(common);
    let node = unchecked.length ? unchecked[unchecked.length - 1][2] : root;
    for (let i = common; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (c === 0 || c > 127) throw new Error(`buildDawg: non-ASCII or NUL in ${JSON.stringify(word)}`);
      const next = newState();
      node.labels.push(c);
      node.targets.push(next);
      unchecked.push([node, c, next]);
      node = next;
    }
    node.final = true;
    previous = word;
  }
  minimize(0);

  // post-order emission; rev = bytes emitted so far including the state (distance from the end)
  const rev = new Map();
  const chunks = [];
  let total = 0;
  let lastEmitted = null;
  let arcs = 0;
  let states = 0;
  let nextArcs = 0;
  const bytes = [];
  const varint = (v) => {
    while (v > 127) {
      bytes.push((v & 127) | 128);
      v = Math.floor(v / 128);
    }
    bytes.push(v);
  };
  // iterative DFS
  const stack = [[root, 0]];
  const seen = new Set([root]);
  while (stack.length) {
    const top = stack[stack.length - 1];
    const [s, i] = top;
    if (i < s.targets.length) {
      top[1]++;
      const t = s.targets[i];
      if (t.labels.length && !seen.has(t)) {
        seen.add(t);
        stack.push([t, 0]);
      }
      continue;
    }
    stack.pop();
    // emit s
    bytes.length = 0;
    const n = s.labels.length;
    for (let k = 0; k < n; k++) {
      const t = s.targets[k];
      const last = k === n - 1;
      bytes.push(s.labels[k] | (last ? 128 : 0));
      const fin = t.final ? 1 : 0;
      if (!t.labels.length) varint(fin);
      else if (last && t === lastEmitted) {
        varint(2 | fin);
        nextArcs++;
      } else varint(rev.get(t) * 4 + fin);
    }
    arcs += n;
    states++;
    total += bytes.length;
    rev.set(s, total);
    chunks.push(Uint8Array.from(bytes));
    lastEmitted = s;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (let i = chunks.length - 1; i >= 0; i--) {
    out.set(chunks[i], at);
    at += chunks[i].length;
  }
  return { bytes: out, states, arcs, nextArcs, registered: register.size };
}
