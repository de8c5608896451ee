/**
 * Catches the files the page hands to the browser: the Blob behind each
 * object URL and the name of the `<a download>` clicked for it. happy-dom
 * would otherwise navigate the test's window to the blob.
 */
import { vi } from 'vitest';

export interface Download {
  name: string;
  type: string;
  bytes: Uint8Array;
  text: string;
}

export function catchDownloads(): () => Promise<Download[]> {
  const blobs = new Map<string, Blob>();
  const clicked: { url: string; name: string }[] = [];
  const create = URL.createObjectURL.bind(URL);
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob: Blob | MediaSource) => {
    const url = create(blob);
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ url: this.href, name: this.download });
  });
  return () =>
    Promise.all(
      clicked.map(async ({ url, name }) => {
        const blob = blobs.get(url)!;
        const bytes = new Uint8Array(await blob.arrayBuffer());
        return { name, type: blob.type, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
      }),
    );
}
