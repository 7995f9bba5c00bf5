/**
 * Draws the Teams app icons from shapes, so they can be regenerated instead of hand-edited:
 * a white cloud with a check mark on the accent colour (color.png, 192×192) and the same cloud
 * as a white line on transparency (outline.png, 32×32), as Teams asks of outline icons.
 */
import { PNG } from 'pngjs';

export const ACCENT = { r: 0x1f, g: 0x5a, b: 0xa6 };
export const COLOR_SIZE = 192;
export const OUTLINE_SIZE = 32;

/** Samples per pixel side: 4×4 samples give smooth edges without an image library. */
const SAMPLES = 4;

type Shape = (x: number, y: number) => boolean;

/** The cloud on a unit square: three bumps on a rounded base. */
function insideCloud(x: number, y: number): boolean {
  const inCircle = (cx: number, cy: number, r: number) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  const inBase = x >= 0.2 && x <= 0.8 && y >= 0.5 && y <= 0.72;
  return inBase || inCircle(0.32, 0.55, 0.17) || inCircle(0.52, 0.42, 0.22) || inCircle(0.7, 0.56, 0.15) || inCircle(0.2, 0.61, 0.11) || inCircle(0.8, 0.61, 0.11);
}

/** Distance from (x, y) to the segment a–b. */
function segmentDistance(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function onCheck(x: number, y: number, width: number): boolean {
  return segmentDistance(x, y, 0.38, 0.55, 0.47, 0.64) <= width || segmentDistance(x, y, 0.47, 0.64, 0.64, 0.44) <= width;
}

/** The cloud's rim: inside the cloud but not inside it shrunk by `width`. */
function onCloudRim(width: number): Shape {
  return (x, y) => insideCloud(x, y) && !(insideCloud(x - width, y) && insideCloud(x + width, y) && insideCloud(x, y - width) && insideCloud(x, y + width));
}

/** Fraction of a pixel's samples inside `shape`. */
function coverage(shape: Shape, px: number, py: number, size: number): number {
  let hits = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      if (shape((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size)) hits++;
    }
  }
  return hits / (SAMPLES * SAMPLES);
}

export function drawColorIcon(): Buffer {
  const png = new PNG({ width: COLOR_SIZE, height: COLOR_SIZE });
  for (let y = 0; y < COLOR_SIZE; y++) {
    for (let x = 0; x < COLOR_SIZE; x++) {
      const check = coverage((u, v) => onCheck(u, v, 0.035), x, y, COLOR_SIZE);
      const white = coverage(insideCloud, x, y, COLOR_SIZE) - check;
      const i = (y * COLOR_SIZE + x) * 4;
      png.data[i] = Math.round(ACCENT.r + (255 - ACCENT.r) * white);
      png.data[i + 1] = Math.round(ACCENT.g + (255 - ACCENT.g) * white);
      png.data[i + 2] = Math.round(ACCENT.b + (255 - ACCENT.b) * white);
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

export function drawOutlineIcon(): Buffer {
  const png = new PNG({ width: OUTLINE_SIZE, height: OUTLINE_SIZE });
  const shape: Shape = (u, v) => onCloudRim(0.06)(u, v) || onCheck(u, v, 0.045);
  for (let y = 0; y < OUTLINE_SIZE; y++) {
    for (let x = 0; x < OUTLINE_SIZE; x++) {
      const i = (y * OUTLINE_SIZE + x) * 4;
      png.data[i] = 255;
      png.data[i + 1] = 255;
      png.data[i + 2] = 255;
      png.data[i + 3] = Math.round(255 * coverage(shape, x, y, OUTLINE_SIZE));
    }
  }
  return PNG.sync.write(png);
}
