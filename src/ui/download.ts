/** Revoking the URL at once can cancel a download that Firefox has not started reading. */
const REVOKE_AFTER_MS = 60_000;

/** Hands text to the browser as a download through an `<a download>` on an object URL: no `downloads` permission, the same in Chromium and Firefox. */
export function saveFile(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
