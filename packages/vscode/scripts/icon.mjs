// Draws images/icon.png, the 128 by 128 icon the marketplaces show: an envelope with a check
// mark on a dark blue tile. Run by hand after changing it (node scripts/icon.mjs); the PNG is
// committed, so packaging needs nothing but Node.
import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {crc32, deflateSync} from 'node:zlib'

const size = 128
const samples = 4 // per side of a pixel, for smooth edges

const tile = [31, 58, 95]
const paper = [247, 244, 236]
const fold = [176, 190, 207]
const tick = [46, 160, 103]

/** Distance from (x, y) to the segment from a to b. */
function toSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax
  const dy = by - ay
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
  return Math.hypot(x - ax - t * dx, y - ay - t * dy)
}

function inRoundedSquare(x, y, from, to, radius) {
  const cx = Math.max(from + radius, Math.min(to - radius, x))
  const cy = Math.max(from + radius, Math.min(to - radius, y))
  return Math.hypot(x - cx, y - cy) <= radius
}

/** The colour at a point, or undefined outside the tile (transparent). */
function colourAt(x, y) {
  if (!inRoundedSquare(x, y, 4, 124, 22)) return undefined
  const badge = Math.hypot(x - 92, y - 90)
  if (badge <= 24) {
    return toSegment(x, y, [80, 90], [89, 99]) <= 4 || toSegment(x, y, [89, 99], [105, 81]) <= 4 ? paper : tick
  }
  if (badge <= 29) return tile
  const inEnvelope = x >= 20 && x <= 104 && y >= 34 && y <= 94
  if (!inEnvelope) return tile
  const flap = Math.min(toSegment(x, y, [22, 36], [62, 68]), toSegment(x, y, [62, 68], [102, 36]))
  return flap <= 3 ? fold : paper
}

function pixels() {
  const rows = []
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4) // filter byte 0, then RGBA
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0]
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = colourAt(x + (sx + 0.5) / samples, y + (sy + 0.5) / samples)
          if (!colour) continue
          for (let c = 0; c < 3; c++) sum[c] += colour[c]
          sum[3]++
        }
      }
      const at = 1 + x * 4
      for (let c = 0; c < 3; c++) row[at + c] = sum[3] ? Math.round(sum[c] / sum[3]) : 0
      row[at + 3] = Math.round((255 * sum[3]) / (samples * samples))
    }
    rows.push(row)
  }
  return Buffer.concat(rows)
}

function chunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

const header = Buffer.alloc(13)
header.writeUInt32BE(size, 0)
header.writeUInt32BE(size, 4)
header.set([8, 6, 0, 0, 0], 8) // 8 bits per channel, RGBA, no interlace

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(pixels(), {level: 9})),
  chunk('IEND', Buffer.alloc(0))
])

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'images', 'icon.png')
mkdirSync(path.dirname(out), {recursive: true})
writeFileSync(out, png)
