// Preloaded (node --require) into the Agents Playground, which listens on every interface and has no
// option to choose: a listen() without a host gets 127.0.0.1, so the emulator is reachable from this
// machine only.
const net = require('node:net');

const LOOPBACK = '127.0.0.1';
const originalListen = net.Server.prototype.listen;

net.Server.prototype.listen = function listenOnLoopback(...args) {
  const [first, second] = args;
  if (first && typeof first === 'object' && 'port' in first && !first.host && !first.path) {
    args[0] = { ...first, host: LOOPBACK };
  } else if ((typeof first === 'number' || /^\d+$/.test(String(first))) && typeof second !== 'string') {
    args.splice(1, 0, LOOPBACK);
  }
  return originalListen.apply(this, args);
};
