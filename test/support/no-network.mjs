// Preloaded with `node --import`: every way Node has to reach a network throws, so that a run
// that tried would fail loudly instead of quietly sending a draft somewhere.
import {syncBuiltinESMExports} from 'node:module'
import dgram from 'node:dgram'
import dns from 'node:dns'
import http from 'node:http'
import http2 from 'node:http2'
import https from 'node:https'
import net from 'node:net'
import tls from 'node:tls'

function refuse(what) {
  return () => {
    throw new Error(`network access refused: ${what}`)
  }
}

for (const name of ['connect', 'createConnection', 'createServer']) net[name] = refuse(`net.${name}`)
net.Socket.prototype.connect = refuse('net.Socket#connect')
tls.connect = refuse('tls.connect')
for (const name of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveMx', 'resolveTxt', 'reverse']) {
  dns[name] = refuse(`dns.${name}`)
  dns.promises[name] = refuse(`dns.promises.${name}`)
}
for (const module of [http, https]) {
  module.request = refuse('http(s).request')
  module.get = refuse('http(s).get')
}
http2.connect = refuse('http2.connect')
dgram.createSocket = refuse('dgram.createSocket')
globalThis.fetch = refuse('fetch')
globalThis.WebSocket = class {
  constructor() {
    throw new Error('network access refused: WebSocket')
  }
}
syncBuiltinESMExports()
