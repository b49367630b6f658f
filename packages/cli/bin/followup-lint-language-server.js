#!/usr/bin/env node
import '../bundle/language-server-bin.js'
