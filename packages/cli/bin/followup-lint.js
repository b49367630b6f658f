#!/usr/bin/env node
// Node 22 and later keep V8's compiled code of the bundle between runs (in the system's
// temporary folder, or where NODE_COMPILE_CACHE says), which shortens a run on one draft;
// Node 20 has no such cache and loads as before. The import is dynamic so that it comes after.
import module from 'node:module'

module.enableCompileCache?.()
await import('../bundle/bin.js')
