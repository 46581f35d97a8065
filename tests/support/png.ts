const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * A PNG's width and height, read from its header: the signature, then the IHDR chunk, whose data
 * opens with the width and the height as 4-byte big-endian numbers. Throws for anything else.
 */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = new TextDecoder().decode(bytes.subarray(12, 16));
  if (
    bytes.length < 24 ||
    SIGNATURE.some((byte, index) => bytes[index] !== byte) ||
    type !== "IHDR"
  ) {
    throw new Error("not a PNG: no PNG signature followed by an IHDR chunk");
  }
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
