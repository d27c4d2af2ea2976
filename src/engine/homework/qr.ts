import { generate } from "lean-qr/nano";

/**
 * A QR code as one SVG path (one unit square per dark module), so it can be
 * drawn inline with no canvas, image or data URL.
 */
export function qrPath(text: string): { size: number; path: string } {
  const code = generate(text);
  let path = "";
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) if (code.get(x, y)) path += `M${x} ${y}h1v1h-1z`;
  }
  return { size: code.size, path };
}
