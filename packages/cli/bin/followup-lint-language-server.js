#!/usr/bin/env node
// As the command line: V8's compiled code of the bundle is kept between runs on Node 22+.
import module from 'node:module'

module.enableCompileCache?.()
await import('../bundle/language-server-bin.js')
